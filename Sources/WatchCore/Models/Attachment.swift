/// A file linked from an article's body (pdf, doc, xls, zip …), kept with the article.
public struct Attachment: Sendable, Hashable, Codable {
    /// The link text, e.g. `附件1：申请表.docx`.
    public var title: String
    /// The absolute URL.
    public var url: String

    public init(title: String, url: String) {
        self.title = title
        self.url = url
    }
}
