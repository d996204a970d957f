import Foundation

/// Writes YAML 1.2 scalars that every parser reads back as the exact string: plain when that is
/// unambiguous, double-quoted with escapes otherwise.
enum YAMLScalar {
    /// Characters that may not start a plain scalar.
    private static let leadingIndicators: Set<Character> = [
        "-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`", " ",
    ]
    /// Characters that end or break a plain scalar inside a flow collection (`[a, b]`).
    private static let flowIndicators: Set<Character> = [",", "[", "]", "{", "}"]
    /// Plain words a parser would read as null, booleans or numbers.
    private static let reservedWords: Set<String> = [
        "null", "~", "true", "false", "yes", "no", "on", "off", "y", "n", ".nan", ".inf", "-.inf", "+.inf",
    ]

    /// `text` as a scalar for a block mapping value (`key: <here>`); `inFlow` for list items.
    static func render(_ text: String, inFlow: Bool = false) -> String {
        needsQuotes(text, inFlow: inFlow) ? doubleQuoted(text) : text
    }

    private static func needsQuotes(_ text: String, inFlow: Bool) -> Bool {
        guard let first = text.first, let last = text.last else { return true }
        if leadingIndicators.contains(first) || last == " " || last == ":" { return true }
        if reservedWords.contains(text.lowercased()) || looksNumeric(text) { return true }
        if text.contains(": ") || text.contains(" #") { return true }
        if inFlow && text.contains(where: { flowIndicators.contains($0) }) { return true }
        return text.unicodeScalars.contains { !isPlainSafe($0) }
    }

    /// Printable characters other than the line-breaking and BOM-like ones.
    private static func isPlainSafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E: return true
        case 0x85, 0x2028, 0x2029, 0xFEFF: return false
        case 0xA0...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// Plain scalars YAML 1.1 or 1.2 resolvers read as numbers or dates (ints in any base,
    /// floats with or without a dot, sexagesimal, timestamps). Hex ids like `3f9a0c1b2d4e` match
    /// none of them and stay plain, as DESIGN.md shows them.
    private static let numericPatterns = [
        "^[-+]?[0-9_]+$",
        "^[-+]?0[xX][0-9a-fA-F_]+$", "^[-+]?0[oO][0-7_]+$", "^[-+]?0[bB][01_]+$",
        "^[-+]?(\\.[0-9_]+|[0-9][0-9_]*(\\.[0-9_]*)?)([eE][-+]?[0-9]+)?$",
        "^[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?$",
        "^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}",
    ]

    private static func looksNumeric(_ text: String) -> Bool {
        guard text.first.map({ $0.isNumber || "+-.".contains($0) }) == true else { return false }
        return numericPatterns.contains { text.range(of: $0, options: .regularExpression) != nil }
    }

    /// YAML's double-quoted style: `\0`, and the shortest hex escape for any other scalar a plain
    /// scalar could not hold.
    private static func doubleQuoted(_ text: String) -> String {
        var out = ""
        QuotedString.write(text, into: &out) { scalar in
            if scalar == "\0" { return "\\0" }
            if isPlainSafe(scalar) { return nil }
            let (letter, digits) = scalar.value <= 0xFF ? ("x", 2) : scalar.value <= 0xFFFF ? ("u", 4) : ("U", 8)
            return QuotedString.hexEscape(scalar, letter, digits: digits, uppercase: true)
        }
        return out
    }
}
