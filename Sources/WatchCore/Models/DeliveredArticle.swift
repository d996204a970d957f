import Foundation

/// One version of an article as delivery needs it: what a watch-folder file, a feed entry and a
/// webhook payload say. The store builds it from its records; delivery never reads the store.
public struct DeliveredArticle: Sendable, Hashable, Codable {
    /// The first 12 hex digits of the first version's content hash; never changes.
    public var id: String
    public var title: String
    /// Publication time when the page states one.
    public var published: Date?
    /// The id of the source it was first seen on.
    public var source: String
    /// That source's display name.
    public var sourceName: String
    public var publisher: String?
    /// Where it was first seen.
    public var url: String
    /// The bureau's own page, when known.
    public var canonicalURL: String?
    /// Other pages that carry the same article.
    public var mirrors: [String]
    public var attachments: [Attachment]
    /// 发文字号, when the page states one.
    public var documentNumber: String?
    /// When this version was fetched.
    public var fetched: Date
    /// Lower-case hex SHA-256 of this version's normalized body.
    public var contentSHA256: String
    /// Body paragraphs, in order.
    public var paragraphs: [String]
    /// 1 for the first version, 2 for the first change, …
    public var version: Int
    /// Two 404/410 answers in a row removed it (the feed marks the entry).
    public var removed: Bool
    /// For a version after the first: a few lines saying what changed (`LineDiff.summary`).
    public var changes: [String]

    public init(
        id: String, title: String, published: Date? = nil, source: String, sourceName: String,
        publisher: String? = nil, url: String, canonicalURL: String? = nil, mirrors: [String] = [],
        attachments: [Attachment] = [], documentNumber: String? = nil, fetched: Date,
        contentSHA256: String, paragraphs: [String], version: Int = 1,
        removed: Bool = false, changes: [String] = []
    ) {
        self.id = id
        self.title = title
        self.published = published
        self.source = source
        self.sourceName = sourceName
        self.publisher = publisher
        self.url = url
        self.canonicalURL = canonicalURL
        self.mirrors = mirrors
        self.attachments = attachments
        self.documentNumber = documentNumber
        self.fetched = fetched
        self.contentSHA256 = contentSHA256
        self.paragraphs = paragraphs
        self.version = version
        self.removed = removed
        self.changes = changes
    }

    /// The body as plain paragraphs separated by blank lines.
    public var body: String { paragraphs.joined(separator: "\n\n") }
}
