/// Line and column (both from 1, columns in Unicode scalars as libyaml counts them) of a byte
/// offset in the config file, for errors that arrive as offsets: bad UTF-8, libyaml's reader.
struct TextPosition: Equatable {
    let line: Int
    let column: Int

    /// The position of byte `offset` of `bytes` (clamped to the end).
    init(byteOffset offset: Int, in bytes: [UInt8]) {
        let prefix = bytes.prefix(max(0, offset))
        let lineStart = (prefix.lastIndex(of: 10).map { $0 + 1 }) ?? 0
        line = prefix.count { $0 == 10 } + 1
        // Continuation bytes (10xxxxxx) do not start a scalar; everything else does.
        column = bytes[lineStart..<prefix.endIndex].count { $0 & 0xC0 != 0x80 } + 1
    }

    /// The offset of the first byte that is not part of well-formed UTF-8 (no overlong forms,
    /// surrogates or values past U+10FFFF), or `nil`.
    static func firstInvalidUTF8(in bytes: [UInt8]) -> Int? {
        // The standard library's validation is fast; the loop below only runs to find the place.
        guard String(validating: bytes, as: UTF8.self) == nil else { return nil }
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            guard let (length, second) = sequence(startingWith: lead), index + length <= bytes.count,
                second.contains(bytes[index + 1]),
                bytes[(index + 2)..<(index + length)].allSatisfy({ $0 & 0xC0 == 0x80 })
            else { return index }
            index += length
        }
        return nil
    }

    /// The length of the sequence a lead byte starts and the range its second byte must be in.
    private static func sequence(startingWith lead: UInt8) -> (Int, ClosedRange<UInt8>)? {
        switch lead {
        case 0xC2...0xDF: (2, 0x80...0xBF)
        case 0xE0: (3, 0xA0...0xBF)
        case 0xED: (3, 0x80...0x9F)
        case 0xE1...0xEF: (3, 0x80...0xBF)
        case 0xF0: (4, 0x90...0xBF)
        case 0xF1...0xF3: (4, 0x80...0xBF)
        case 0xF4: (4, 0x80...0x8F)
        default: nil
        }
    }
}
