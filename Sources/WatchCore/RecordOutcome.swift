/// What recording one page changed.
public struct RecordOutcome: Sendable, Hashable {
    public enum Change: Sendable, Hashable {
        /// A new article (event `article.new`).
        case newArticle
        /// A new place where a known article appears: a mirror copy, or its bureau page (no event).
        case newSighting
        /// A known URL now serves a different text: version `n` of the article (event `article.updated`).
        case newVersion(Int)
        /// A known URL served the text it served before.
        case unchanged
    }

    public var change: Change
    public var articleID: ArticleID
    /// The article's permanent short id (first 12 hex digits of its first version's hash).
    public var shortID: String
    /// True when this page made the article's canonical URL the bureau's page.
    public var becameCanonical: Bool

    public init(change: Change, articleID: ArticleID, shortID: String, becameCanonical: Bool = false) {
        self.change = change
        self.articleID = articleID
        self.shortID = shortID
        self.becameCanonical = becameCanonical
    }

    /// The event the change announces, if any.
    public var event: EventKind? {
        switch change {
        case .newArticle: .articleNew
        case .newVersion: .articleUpdated
        case .newSighting, .unchanged: nil
        }
    }
}
