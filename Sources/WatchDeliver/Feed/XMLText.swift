/// Escaping for XML 1.0 text and attribute values, done on UTF-8 bytes (a character-by-character
/// `String` build cost a millisecond per article body).
enum XMLText {
    /// `&`, `<`, `>`, `"` and `'` escaped; characters XML 1.0 forbids (C0 controls other than tab,
    /// LF and CR; U+FFFE and U+FFFF) dropped. Surrogates cannot occur in a Swift string.
    static func escape(_ text: String) -> String {
        let bytes = Array(text.utf8)
        guard bytes.contains(where: needsWork) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 64)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "&"): out += Array("&amp;".utf8)
            case UInt8(ascii: "<"): out += Array("&lt;".utf8)
            case UInt8(ascii: ">"): out += Array("&gt;".utf8)
            case UInt8(ascii: "\""): out += Array("&quot;".utf8)
            case UInt8(ascii: "'"): out += Array("&apos;".utf8)
            case 0x09, 0x0A, 0x0D: out.append(byte)
            case 0x00..<0x20: break
            case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE:
                index += 2 // U+FFFE or U+FFFF
            default: out.append(byte)
            }
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func needsWork(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"), 0xEF: true
        case 0x09, 0x0A, 0x0D: false
        default: byte < 0x20
        }
    }
}
