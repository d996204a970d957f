import Foundation

/// An article as the store keeps it: its current text and where it came from.
public struct StoredArticle: Sendable, Hashable, Codable {
    public var id: ArticleID
    /// First 12 hex digits of the first version's content hash; never changes.
    public var shortID: String
    public var title: String
    public var published: Date?
    public var publisher: String?
    public var documentNumber: String?
    /// The current version's body (display text, paragraphs separated by blank lines).
    public var body: String
    public var attachments: [Attachment]
    /// The current version's fingerprint.
    public var fingerprint: ContentFingerprint
    /// The bureau's own page when known (or, until it is fetched, the page a mirror names).
    public var canonicalURL: String?
    /// Where the article was first seen.
    public var firstURL: String
    public var firstSourceID: String
    public var firstSeen: Date
    public var currentVersion: Int
    /// Two 404/410 answers in a row removed it.
    public var removed: Bool
    /// When it was removed (while it is).
    public var removedAt: Date?
    /// When a removed article was last seen again (`article.restored`), if ever.
    public var restoredAt: Date?

    public init(
        id: ArticleID, shortID: String, title: String, published: Date?, publisher: String?,
        documentNumber: String?, body: String, attachments: [Attachment], fingerprint: ContentFingerprint,
        canonicalURL: String?, firstURL: String, firstSourceID: String, firstSeen: Date,
        currentVersion: Int, removed: Bool, removedAt: Date? = nil, restoredAt: Date? = nil
    ) {
        self.id = id
        self.shortID = shortID
        self.title = title
        self.published = published
        self.publisher = publisher
        self.documentNumber = documentNumber
        self.body = body
        self.attachments = attachments
        self.fingerprint = fingerprint
        self.canonicalURL = canonicalURL
        self.firstURL = firstURL
        self.firstSourceID = firstSourceID
        self.firstSeen = firstSeen
        self.currentVersion = currentVersion
        self.removed = removed
        self.removedAt = removedAt
        self.restoredAt = restoredAt
    }
}
