/// Cheap measurements on text, over Unicode scalars (no `Character` grapheme work).
enum TextMeasure {
    /// Sentence punctuation, Chinese and Western.
    static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xFF0C, 0x3002, 0xFF01, 0xFF1F, 0xFF1B, 0x3001: true // ，。！？；、
        case 0x2C, 0x2E, 0x21, 0x3F, 0x3B: true                    // , . ! ? ;
        default: false
        }
    }

    /// Whitespace including the ideographic space and no-break space pages use for layout.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0C, 0x0B, 0xA0, 0x3000, 0x2002, 0x2003, 0x2009, 0x200B, 0xFEFF: true
        default: false
        }
    }

    /// UTF-8 bytes of the non-space scalars of `text`.
    static func contentBytes(_ text: String) -> Int {
        var count = 0
        for scalar in text.unicodeScalars where !isSpace(scalar) { count += UTF8.width(scalar) }
        return count
    }

    static func punctuationCount(_ text: String) -> Int {
        var count = 0
        for scalar in text.unicodeScalars where isPunctuation(scalar) { count += 1 }
        return count
    }

    /// `text` with every run of spaces folded to one ASCII space, trimmed at both ends.
    static func collapsingSpaces(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isSpace(scalar) {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return String(result)
    }
}
