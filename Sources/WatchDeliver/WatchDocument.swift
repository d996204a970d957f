import WatchCore

/// The text of an article's watch-folder file: YAML front matter with DESIGN.md's keys in
/// DESIGN.md's order, then the body as plain paragraphs.
public enum WatchDocument {
    /// The whole file as UTF-8 text.
    public static func render(_ article: DeliveredArticle) -> String {
        var lines = ["---"]
        lines.append("id: " + YAMLScalar.render(article.id))
        lines.append("title: " + YAMLScalar.render(article.title))
        lines.append("published: " + (article.published.map(ShanghaiTime.timestamp) ?? "null"))
        lines.append("source: " + YAMLScalar.render(article.source))
        lines.append("source_name: " + YAMLScalar.render(article.sourceName))
        lines.append("publisher: " + optional(article.publisher))
        lines.append("url: " + YAMLScalar.render(article.url))
        lines.append("canonical_url: " + optional(article.canonicalURL))
        lines.append("mirrors: " + flowList(article.mirrors.map { YAMLScalar.render($0, inFlow: true) }))
        lines.append("attachments: " + flowList(article.attachments.map(attachment)))
        if let number = article.documentNumber {
            lines.append("document_number: " + YAMLScalar.render(number))
        }
        lines.append("fetched: " + ShanghaiTime.timestamp(article.fetched))
        lines.append("content_sha256: " + YAMLScalar.render(article.contentSHA256))
        lines.append("---")
        return lines.joined(separator: "\n") + "\n" + body(article) + "\n"
    }

    /// Paragraphs separated by one blank line; blank paragraphs dropped, line ends normalized.
    static func body(_ article: DeliveredArticle) -> String {
        article.paragraphs
            .map { $0.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") }
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
            .joined(separator: "\n\n")
    }

    private static func optional(_ text: String?) -> String {
        text.map { YAMLScalar.render($0) } ?? "null"
    }

    private static func flowList(_ items: [String]) -> String {
        "[" + items.joined(separator: ", ") + "]"
    }

    private static func attachment(_ item: Attachment) -> String {
        "{title: \(YAMLScalar.render(item.title, inFlow: true)), url: \(YAMLScalar.render(item.url, inFlow: true))}"
    }
}
