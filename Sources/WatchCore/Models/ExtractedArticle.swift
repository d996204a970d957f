import Foundation

/// What the extractor takes from one article page (or from one item of a digest page).
public struct ExtractedArticle: Sendable, Hashable, Codable {
    /// The page the article was read from.
    public var url: String
    public var title: String
    /// Publication time; Asia/Shanghai midnight when only a day is known.
    public var published: Date?
    /// The issuing body (`ContentSource`, `来源：`, or a closing attribution).
    public var publisher: String?
    /// Body text, one paragraph per element, chrome removed.
    public var paragraphs: [String]
    public var attachments: [Attachment]
    /// 发文字号, when the page states one.
    public var documentNumber: String?
    /// The original's address, when a mirror names it (`原文链接`).
    public var originalURL: String?

    public init(
        url: String, title: String, published: Date? = nil, publisher: String? = nil,
        paragraphs: [String], attachments: [Attachment] = [], documentNumber: String? = nil,
        originalURL: String? = nil
    ) {
        self.url = url
        self.title = title
        self.published = published
        self.publisher = publisher
        self.paragraphs = paragraphs
        self.attachments = attachments
        self.documentNumber = documentNumber
        self.originalURL = originalURL
    }

    /// The body as plain paragraphs separated by blank lines.
    public var body: String { paragraphs.joined(separator: "\n\n") }
}
