/// A string between double quotes in the backslash syntax JSON and YAML share: `"` and `\`
/// escaped, newline, carriage return and tab as `\n`, `\r`, `\t`. Every other scalar is left to
/// the caller, because the two formats differ there (which scalars, which escape forms).
enum QuotedString {
    /// Appends `text`, quoted, to `out`; `escape` gives the escape of any scalar the shared
    /// escapes leave, or `nil` to write it as it is.
    static func write(_ text: String, into out: inout String, escaping escape: (Unicode.Scalar) -> String?) {
        out += "\""
        for scalar in text.unicodeScalars {
            if let escaped = sharedEscape(scalar) ?? escape(scalar) {
                out += escaped
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }

    /// `\` + `letter` + the scalar's code in hex, zero-padded to `digits` (`\u2028`, `\x85`).
    static func hexEscape(_ scalar: Unicode.Scalar, _ letter: String, digits: Int, uppercase: Bool = false) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: uppercase)
        return "\\" + letter + String(repeating: "0", count: max(0, digits - hex.count)) + hex
    }

    private static func sharedEscape(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "\"": return "\\\""
        case "\\": return "\\\\"
        case "\n": return "\\n"
        case "\r": return "\\r"
        case "\t": return "\\t"
        default: return nil
        }
    }
}
