import Foundation

/// Cheap measurements on text, over UTF-8 bytes (no `Character` grapheme work). Spaces include
/// the ideographic space, no-break space and the zero-width ones pages use for layout;
/// sentence punctuation is ，。！？；、 and , . ! ? ;.
enum TextMeasure {
    /// Letters and digits in `text` (any script; a CJK character is one letter), read only in
    /// short texts: a longer one counts its bytes as letters, words whatever it holds. What it
    /// tells apart is the few characters beside a link (`TextLine.areWords`).
    static func lettersAndDigits(_ text: String) -> (letters: Int, digits: Int) {
        guard text.utf8.count <= maxCountedBytes else { return (text.utf8.count, 0) }
        var counts = (letters: 0, digits: 0)
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic {
                counts.letters += 1
            } else if scalar.properties.numericType != nil {
                counts.digits += 1
            }
        }
        return counts
    }

    /// See `lettersAndDigits`: beyond this a text is prose.
    static let maxCountedBytes = 64

    /// The number of sentence punctuation marks in `text`, read from its UTF-8
    /// bytes: ，！？； are EF BC xx and 。、 are E3 80 xx, the rest ASCII.
    static func punctuationCount(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var count = 0
            var index = 0
            while index < bytes.count {
                switch bytes[index] {
                case 0x2C, 0x2E, 0x21, 0x3F, 0x3B: count += 1
                case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBC:
                    if [0x8C, 0x81, 0x9F, 0x9B].contains(bytes[index + 2]) { count += 1 }
                case 0xE3 where index + 2 < bytes.count && bytes[index + 1] == 0x80:
                    if bytes[index + 2] == 0x82 || bytes[index + 2] == 0x81 { count += 1 }
                default: break
                }
                index += 1
            }
            return count
        }
    }

    /// `text` with every run of spaces folded to one ASCII space, trimmed at both ends.
    static func collapsingSpaces(_ text: String) -> String {
        var folded = FoldedText()
        folded.append(text)
        return folded.string
    }

    /// The byte length of the space character starting at `index`, or 0 when none does.
    @inline(__always)
    static func spaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        // Printable ASCII and most of UTF-8 start no space: settle them with one comparison.
        if byte > 0x20 && byte < 0xC2 { return 0 }
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

    /// Whether `needle` occurs in `text`, by UTF-8 byte search (no Unicode normalisation: the
    /// needles are fixed labels).
    static func contains(_ text: String, _ needle: String) -> Bool {
        contains(Array(text.utf8), Array(needle.utf8))
    }

    /// Whether `needle` occurs in `haystack` (both UTF-8), by libc's `memchr` and `memcmp`.
    /// Every line is searched for every boilerplate pattern's words: a checked Swift loop made
    /// that a tenth of extraction time. `memchr` looks for the needle's first continuation byte
    /// (or its first byte when it has none): a lead byte (E4–E9) starts nearly every character
    /// of Chinese text and would stop the search at each one.
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return false }
        let pivot = needle.firstIndex { $0 & 0xC0 == 0x80 } ?? 0
        return haystack.withUnsafeBytes { hay in
            needle.withUnsafeBytes { word in
                guard let start = hay.baseAddress, let pin = word.baseAddress else { return false }
                let last = hay.count - word.count // the last offset where the word still fits
                let byte = Int32(word[pivot])
                var offset = 0
                while offset <= last {
                    guard let hit = memchr(start + offset + pivot, byte, last - offset + 1) else { return false }
                    let at = start.distance(to: UnsafeRawPointer(hit)) - pivot
                    if memcmp(start + at, pin, word.count) == 0 { return true }
                    offset = at + 1
                }
                return false
            }
        }
    }

    /// `text`'s UTF-8 with its ASCII letters lower-cased and every other byte as it is: all
    /// `lowercased()` would change for the ASCII words searched in it, without Unicode's
    /// case tables (a tenth of a millisecond on a long line of Chinese).
    static func foldingASCII(_ text: String) -> [UInt8] {
        text.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
    }

    /// Whether `text` starts with `prefix`, byte for byte. `String.hasPrefix` compares by
    /// canonical equivalence, which costs a Unicode normalisation per call; the prefixes here
    /// are fixed labels, and this runs on every line of every page.
    static func hasPrefix(_ text: String, _ prefix: String) -> Bool {
        text.utf8.starts(with: prefix.utf8)
    }

    /// Whether `text` starts with `prefix` (lower-case ASCII letters and other bytes), with the
    /// ASCII letters of `text` compared case-insensitively. No lower-cased copy is made.
    static func hasPrefixFoldingASCII(_ text: String, _ prefix: String) -> Bool {
        var remaining = text.utf8.makeIterator()
        for expected in prefix.utf8 {
            guard let byte = remaining.next() else { return false }
            if (byte >= 65 && byte <= 90 ? byte + 32 : byte) != expected { return false }
        }
        return true
    }
}
