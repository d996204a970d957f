/// Characters a page can carry that must never reach a file, a feed or a terminal as they are:
/// C0 controls (ESC can retitle or clear the operator's terminal, BEL rings it), DEL, C1 controls
/// and the bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which reorder
/// what is displayed around them.
public enum ControlCharacters {
    /// Whether `scalar` is unwanted; tab and line feed are kept where `keepingLayout`.
    public static func isUnwanted(_ scalar: Unicode.Scalar, keepingLayout: Bool) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: !keepingLayout
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// `text` without unwanted characters (tab and line feed kept where `keepingLayout`).
    public static func removed(from text: String, keepingLayout: Bool) -> String {
        guard text.unicodeScalars.contains(where: { isUnwanted($0, keepingLayout: keepingLayout) }) else { return text }
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: text.unicodeScalars.filter { !isUnwanted($0, keepingLayout: keepingLayout) })
        return String(kept)
    }

    /// `text` for a terminal: each unwanted character shown as `\u{1B}`; tab and line feed kept.
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { isUnwanted($0, keepingLayout: true) }) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if isUnwanted(scalar, keepingLayout: true) {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
