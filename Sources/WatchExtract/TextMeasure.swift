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
    /// Works on UTF-8 bytes: this runs on every line of every page.
    static func collapsingSpaces(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count)
            var pendingSpace = false
            var index = 0
            while index < bytes.count {
                let width = spaceWidth(bytes, at: index)
                if width > 0 {
                    pendingSpace = !result.isEmpty
                    index += width
                    continue
                }
                if pendingSpace { result.append(0x20) }
                pendingSpace = false
                result.append(bytes[index])
                index += 1
            }
            return String(decoding: result, as: UTF8.self)
        }
    }

    /// The byte length of the space character starting at `index`, or 0 when none does.
    static func spaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        switch byte {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0C, 0x0B: return 1
        case 0xC2: return index + 1 < bytes.count && bytes[index + 1] == 0xA0 ? 2 : 0
        case 0xE3: return index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80 ? 3 : 0
        case 0xE2:
            guard index + 2 < bytes.count, bytes[index + 1] == 0x80 else { return 0 }
            return [0x82, 0x83, 0x89, 0x8B].contains(bytes[index + 2]) ? 3 : 0
        case 0xEF: return index + 2 < bytes.count && bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF ? 3 : 0
        default: return 0
        }
    }

    /// Whether `needle` occurs in `text`, by plain UTF-8 byte search (no Foundation, no
    /// Unicode normalisation: the needles are fixed labels).
    static func contains(_ text: String, _ needle: String) -> Bool {
        ChromeClassifier.contains(Array(text.utf8), Array(needle.utf8))
    }
}
