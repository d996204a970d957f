/// Replaces byte sequences a charset cannot decode with that charset's encoding of U+FFFD.
///
/// libxml2 (2.9) stops converting at the first byte iconv rejects and silently drops the rest
/// of the page, so one bad byte would cost the whole article. Repairing the bytes first keeps
/// everything after it; the damaged character shows as `�`. UTF-8 goes through no converter,
/// but libxml2 writes a bad byte inside an attribute value as the Latin-1 character of its
/// value (a meta title with `é` in it) and drops surrogates and codes past U+10FFFF from text.
enum ByteRepair {
    /// U+FFFD in UTF-8.
    static let utf8Replacement: [UInt8] = [0xEF, 0xBF, 0xBD]
    /// U+FFFD in GB18030 (a four-byte sequence; what `iconv -t GB18030` writes for it).
    static let gb18030Replacement: [UInt8] = [0x84, 0x31, 0xA4, 0x37]

    /// `bytes` with every invalid UTF-8 byte, and a cut-off final sequence, replaced; copied only
    /// from the first bad sequence on.
    static func utf8(_ bytes: [UInt8]) -> [UInt8] {
        repaired(bytes, replacement: utf8Replacement, sequence: UTF8Scan.sequence(in:at:))
    }

    /// `bytes` with every sequence glibc's GB18030 converter rejects replaced. Nearly every page
    /// is valid, so the bytes are only copied from the first bad sequence on.
    static func gb18030(_ bytes: [UInt8]) -> [UInt8] {
        repaired(bytes, replacement: gb18030Replacement) { bytes, index in
            let length = gb18030SequenceLength(bytes, at: index)
            return length > 0 ? .valid(length) : .invalid
        }
    }

    /// `bytes` with every sequence `sequence` (called on bytes ≥ 0x80) does not find valid
    /// replaced by `replacement`, and a truncated tail replaced once; `bytes` itself when valid.
    private static func repaired(
        _ bytes: [UInt8], replacement: [UInt8],
        sequence: (UnsafeBufferPointer<UInt8>, Int) -> UTF8Scan.Sequence
    ) -> [UInt8] {
        bytes.withUnsafeBufferPointer { bytes -> [UInt8]? in
            var index = 0
            while index < bytes.count {
                index = UTF8Scan.asciiEnd(bytes, from: index)
                guard index < bytes.count, case .valid(let length) = sequence(bytes, index) else { break }
                index += length
            }
            guard index < bytes.count else { return nil }
            var output = Array(bytes[..<index])
            output.reserveCapacity(bytes.count + 16)
            while index < bytes.count {
                if bytes[index] < 0x80 {
                    output.append(bytes[index])
                    index += 1
                    continue
                }
                switch sequence(bytes, index) {
                case .valid(let length):
                    output.append(contentsOf: bytes[index..<index + length])
                    index += length
                case .truncated:
                    output.append(contentsOf: replacement)
                    index = bytes.count
                case .invalid:
                    output.append(contentsOf: replacement)
                    index += 1
                }
            }
            return output
        } ?? bytes
    }

    /// The length of the valid GB18030 sequence at `index`, or 0 when there is none.
    /// One byte 00–7F; two bytes 81–FE + 40–7E/80–FE; four bytes 81–FE 30–39 81–FE 30–39,
    /// limited to the assigned ranges (BMP up to 84 31 A4 39, supplementary 90 30 81 30 –
    /// E3 32 9A 35).
    static func gb18030SequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        if lead < 0x80 { return 1 }
        guard (0x81...0xFE).contains(lead), index + 1 < bytes.count else { return 0 }
        let second = bytes[index + 1]
        if (0x40...0x7E).contains(second) || (0x80...0xFE).contains(second) { return 2 }
        guard (0x30...0x39).contains(second), index + 3 < bytes.count,
            (0x81...0xFE).contains(bytes[index + 2]), (0x30...0x39).contains(bytes[index + 3])
        else { return 0 }
        let code = bytes[index..<index + 4].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        let assigned = (0x8130_8130...0x8431_A439).contains(code) || (0x9030_8130...0xE332_9A35).contains(code)
        return assigned ? 4 : 0
    }
}
