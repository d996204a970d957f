import WatchCore

/// A short plain-text summary of an article: the start of its body.
enum Summary {
    /// The body's first `length` characters on one line, with `…` when cut.
    static func of(_ article: DeliveredArticle, length: Int) -> String {
        let flat = article.paragraphs
            .map { $0.split(whereSeparator: \.isNewline).joined(separator: " ") }
            .filter { !$0.isEmpty }
            .joined(separator: " ")
        guard flat.count > length else { return flat }
        return String(flat.prefix(length)) + "…"
    }
}
