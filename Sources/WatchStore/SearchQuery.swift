import Foundation

/// Turning a user's search text into SQLite query text.
enum SearchQuery {
    /// The trigram tokenizer indexes 3-character runs: shorter queries cannot use the index and
    /// fall back to a LIKE scan.
    static let trigramLength = 3

    /// An FTS5 phrase: the whole text matched as one substring (quotes doubled, so no FTS syntax leaks in).
    static func phrase(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
