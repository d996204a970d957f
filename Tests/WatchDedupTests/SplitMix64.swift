/// A seeded generator, so that randomised tests are the same on every run.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// `value` with `count` distinct random bits flipped.
    mutating func flipping(_ count: Int, bitsOf value: UInt64) -> UInt64 {
        var positions = Array(0..<64)
        positions.shuffle(using: &self)
        return positions.prefix(count).reduce(value) { $0 ^ (1 << UInt64($1)) }
    }
}
