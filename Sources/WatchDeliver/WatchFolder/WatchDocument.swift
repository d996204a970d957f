import WatchCore

/// The text of an article's watch-folder file: YAML front matter with DESIGN.md's keys in
/// DESIGN.md's order, then `# title`, the body and the attachments as Markdown links
/// (`WatchDocument+Markdown`).
public enum WatchDocument {
    /// The whole file as UTF-8 text.
    public static func render(_ article: DeliveredArticle) -> String {
        var lines = ["---"]
        lines.append("id: " + YAMLScalar.render(article.id))
        lines.append("title: " + YAMLScalar.render(article.title))
        lines.append("published: " + (article.published.map(ShanghaiTime.stated) ?? "null"))
        lines.append("source: " + YAMLScalar.render(article.source))
        lines.append("source_name: " + YAMLScalar.render(article.sourceName))
        lines.append("publisher: " + optional(article.publisher))
        lines.append("url: " + YAMLScalar.render(article.url))
        // Absent rather than null while only a mirror carries it: no bureau page is known yet.
        if let canonical = article.canonicalURL {
            lines.append("canonical_url: " + YAMLScalar.render(canonical))
        }
        lines.append("mirrors: " + flowList(article.mirrors.map { YAMLScalar.render($0, inFlow: true) }))
        lines.append("attachments: " + flowList(article.attachments.map(attachment)))
        if let number = article.documentNumber {
            lines.append("document_number: " + YAMLScalar.render(number))
        }
        lines.append("fetched: " + ShanghaiTime.timestamp(article.fetched))
        lines.append("content_sha256: " + YAMLScalar.render(article.contentSHA256))
        if article.version > 1 {
            lines.append("version: \(article.version)")
            lines.append(article.changes.isEmpty ? "changes: []" : "changes:")
            lines += article.changes.map { "  - " + YAMLScalar.render($0) }
        }
        lines.append("---")
        return lines.joined(separator: "\n") + "\n" + markdown(article)
    }

    /// Paragraphs separated by one blank line; blank paragraphs dropped, line ends normalized.
    static func body(_ article: DeliveredArticle) -> String {
        article.paragraphs.map(normalized).filter { !$0.isEmpty }.joined(separator: "\n\n")
    }

    /// CR LF and lone CR become LF; surrounding white space goes. Works on UTF-8 bytes:
    /// Foundation's `replacingOccurrences` cost milliseconds per article here.
    static func normalized(_ paragraph: String) -> String {
        var text = paragraph
        if paragraph.utf8.contains(13) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(paragraph.utf8.count)
            var previousWasCR = false
            for byte in paragraph.utf8 {
                if byte == 13 {
                    bytes.append(10)
                } else if !(byte == 10 && previousWasCR) {
                    bytes.append(byte)
                }
                previousWasCR = byte == 13
            }
            text = String(decoding: bytes, as: UTF8.self)
        }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        if first == scalars.startIndex && last == scalars.index(before: scalars.endIndex) { return text }
        return String(scalars[first...last])
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
