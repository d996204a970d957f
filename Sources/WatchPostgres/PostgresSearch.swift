/// Turning a user's search text into an `ILIKE` pattern.
enum PostgresSearch {
    /// `text` matched anywhere, with `%`, `_` and `\` escaped by `\` (PostgreSQL's default escape).
    static func likePattern(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if character == "%" || character == "_" || character == "\\" { escaped.append("\\") }
            escaped.append(character)
        }
        return "%" + escaped + "%"
    }
}
