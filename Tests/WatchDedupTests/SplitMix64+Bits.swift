import WatchTesting

extension SplitMix64 {
    /// `value` with `count` distinct random bits flipped.
    mutating func flipping(_ count: Int, bitsOf value: UInt64) -> UInt64 {
        var positions = Array(0..<64)
        positions.shuffle(using: &self)
        return positions.prefix(count).reduce(value) { $0 ^ (1 << UInt64($1)) }
    }
}
