/// What recording one page changed, and the article as stored afterwards (what the watch file,
/// the feed and the webhook payload are made from).
public struct RecordOutcome: Sendable, Hashable {
    public enum Change: Sendable, Hashable {
        /// A new article (event `article.new`).
        case newArticle
        /// A new place where a known article appears: a mirror copy, or its bureau page (no event).
        case newSighting
        /// A known URL now serves a different text: version `n` of the article (event `article.updated`).
        case newVersion(Int)
        /// A removed article seen again (event `article.restored`); `version` is the new version
        /// its text made, when the text changed.
        case restored(version: Int?)
        /// A known URL served the text it served before, or a new text seen once so far (a
        /// candidate kept until the next poll agrees, `StoreRules.pollsToConfirmChange`).
        case unchanged
    }

    public var change: Change
    /// The article after this page: current text, canonical URL, version.
    public var article: StoredArticle
    /// True when this page made the article's canonical URL the bureau's page.
    public var becameCanonical: Bool
    /// The article's pages on mirror sources (other than its canonical URL), oldest first: the
    /// watch file's and the feed's `mirrors`.
    public var mirrors: [String]
    /// True when a confirmed new text made no version because the article already had
    /// `StoreRules.maxVersionsPerDay` in the last day (the caller warns).
    public var versionCapped: Bool
    /// When the article has more than one version: the body of the version before its current
    /// one, so its file (new, or rewritten for a mirror) can say what changed.
    public var previousBody: String?

    public init(
        change: Change, article: StoredArticle, becameCanonical: Bool = false, mirrors: [String] = [],
        versionCapped: Bool = false, previousBody: String? = nil
    ) {
        self.change = change
        self.article = article
        self.becameCanonical = becameCanonical
        self.mirrors = mirrors
        self.versionCapped = versionCapped
        self.previousBody = previousBody
    }

    public var articleID: ArticleID { article.id }

    /// The article's permanent short id (first 12 hex digits of its first version's hash).
    public var shortID: String { article.shortID }

    /// The event the change announces, if any.
    public var event: EventKind? {
        switch change {
        case .newArticle: .articleNew
        case .newVersion: .articleUpdated
        case .restored: .articleRestored
        case .newSighting, .unchanged: nil
        }
    }
}
