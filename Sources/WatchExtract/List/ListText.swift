import Foundation

/// Text clean-up shared by the list-page code.
enum ListText {
    /// Collapses runs of whitespace (including the ideographic space and no-break space that
    /// Chinese templates indent with) to one space, and trims the ends.
    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// `text` without leading and trailing whitespace. Foundation's `trimmingCharacters(in:)`
    /// costs tens of microseconds a line on Linux; this stays in the standard library.
    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }

    /// `text` with the first occurrence of each of `parts` removed.
    static func removing(_ parts: [String], from text: String) -> String {
        var result = text
        for part in parts where !part.isEmpty {
            if let range = result.range(of: part) { result.removeSubrange(range) }
        }
        return result
    }
}
