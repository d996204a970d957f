/// One article's current fingerprint, as loaded into the dedup index at start-up.
public struct StoredFingerprint: Sendable, Hashable {
    public var articleID: ArticleID
    public var fingerprint: ContentFingerprint

    public init(articleID: ArticleID, fingerprint: ContentFingerprint) {
        self.articleID = articleID
        self.fingerprint = fingerprint
    }
}
