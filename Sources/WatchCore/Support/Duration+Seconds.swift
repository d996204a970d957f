extension Duration {
    /// The duration in seconds, as a floating-point number.
    public var seconds: Double {
        let (whole, fraction) = components
        return Double(whole) + Double(fraction) / 1e18
    }

    /// The duration in whole milliseconds, rounded down.
    public var milliseconds: Int {
        let (whole, fraction) = components
        return Int(whole * 1000 + fraction / 1_000_000_000_000_000)
    }
}
