/// Compatibility folding of single scalars for the comparable text, without Foundation.
///
/// `fast` covers what Chinese government pages are made of (ASCII, Han, full-width forms,
/// CJK and general punctuation, Latin letters with tone marks) with the result NFKC would give,
/// followed by the comparable text's own rules: letters kept (ASCII lower-cased), digits kept,
/// `.` and `,` kept for reading numbers, everything else a separator. It answers nil for a
/// scalar whose NFKC form it does not know (`①`, `㎡`, compatibility ideographs, combining
/// marks): the caller then runs Foundation's NFKC over the whole text, about 4 MB/s, once.
enum CompatibilityFold {
    static let separator: UInt32 = 0x20
    static let dot: UInt32 = 0x2E
    static let comma: UInt32 = 0x2C

    static func isDigit(_ value: UInt32) -> Bool { value &- 0x30 < 10 }

    static func fast(_ value: UInt32) -> UInt32? {
        switch value {
        case 0..<0x80: ascii(value)
        case 0x4E00...0x9FFF, 0x3400...0x4DBF: value
        case 0xFF01...0xFF5E: ascii(value - 0xFEE0) // full-width ASCII
        case 0x3005...0x3007: value // 々 〆 〇 are letters
        case 0x3000...0x3035, 0x2000...0x206F: separator // CJK and general punctuation, spaces
        case 0xAA, 0xB2, 0xB3, 0xB5, 0xB9, 0xBA, 0xBC...0xBE: nil // ª ² ³ µ ¹ º ¼ ½ ¾
        case 0x80...0xBF, 0xD7, 0xF7: separator
        case 0xC0...0xDE: value + 0x20 // Latin-1 capitals
        case 0xDF...0xFF: value
        case 0x132, 0x133, 0x13F, 0x140, 0x149, 0x17F, 0x1C4...0x1CC, 0x1F1...0x1F3: nil // ligatures
        case 0x100...0x24F: value // Latin extended: pinyin tone letters among them
        case 0xFE10...0xFE19, 0xFE30...0xFE4F, 0xFF61...0xFF64, 0xFFE0...0xFFE6: separator
        case 0x2500...0x27BF, 0x2B00...0x2BFF: separator // box drawing, shapes, dingbats, arrows
        case 0x2F800...0x2FA1F: nil // compatibility ideographs supplement
        case 0x20000...0x323AF: value // Han extensions B to H
        default: nil
        }
    }

    /// The fold of any scalar, for text that has been through NFKC already.
    static func general(_ scalar: Unicode.Scalar) -> UInt32 {
        if let folded = fast(scalar.value) { return folded }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .letterNumber:
            return scalar.value
        case .decimalNumber:
            guard let digit = properties.numericValue, (0...9).contains(digit) else { return separator }
            return 0x30 + UInt32(digit)
        default:
            return separator
        }
    }

    private static func ascii(_ value: UInt32) -> UInt32 {
        switch value {
        case 0x41...0x5A: value + 0x20
        case 0x61...0x7A, 0x30...0x39, dot, comma: value
        default: separator
        }
    }
}
