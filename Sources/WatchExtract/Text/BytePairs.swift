/// A set of adjacent byte pairs, hashed into a fixed number of bits: false positives, never
/// false negatives.
struct BytePairs {
    /// 1 024 bits: a line of a hundred bytes sets under a tenth of them, so a keyword of two
    /// or more pairs is ruled out almost every time it is absent.
    static let bitCount = 1024
    private var words = [UInt64](repeating: 0, count: bitCount / 64)

    init(_ bytes: [UInt8]) {
        guard bytes.count > 1 else { return }
        words.withUnsafeMutableBufferPointer { words in
            for index in 1..<bytes.count {
                let bit = Self.bit(bytes[index - 1], bytes[index])
                words[bit >> 6] |= 1 << UInt64(bit & 63)
            }
        }
    }

    /// The bits of `needle`'s pairs, for `containsAll`.
    static func bits(of needle: [UInt8]) -> [Int] {
        needle.count < 2 ? [] : (1..<needle.count).map { bit(needle[$0 - 1], needle[$0]) }
    }

    func containsAll(_ bits: [Int]) -> Bool {
        bits.allSatisfy { words[$0 >> 6] & (1 << UInt64($0 & 63)) != 0 }
    }

    /// A multiplicative hash of the pair: Chinese text repeats few lead bytes, so the pair's
    /// bits are mixed before the top ten are kept.
    private static func bit(_ first: UInt8, _ second: UInt8) -> Int {
        let pair = UInt32(first) << 8 | UInt32(second)
        return Int((pair &* 0x9E37_79B1) >> 22)
    }
}
