import Foundation

/// Everything one fetched article page (or one item of a digest page) tells the store.
/// `Store.record(_:)` applies all of it in one transaction.
public struct PageObservation: Sendable {
    /// The source the page was found through.
    public var sourceID: String
    /// `bureau` pages are canonical; `mirror` pages are sightings of them.
    public var sourceKind: SourceRole
    /// The extracted article; its `url` is the page's address and its `originalURL`, on a mirror,
    /// names the bureau's page.
    public var article: ExtractedArticle
    /// The fingerprint of the article's normalized body.
    public var fingerprint: ContentFingerprint
    /// The deduplicator's conclusion. The store may still resolve the page to a known article by
    /// its URL, by a mirror's `originalURL`, or by an exact content hash.
    public var match: ArticleMatch
    /// When the page was fetched.
    public var fetchedAt: Date
    /// How many articles the page yielded: more than one for a digest page, whose items share
    /// the page's URL. On a digest a changed item cannot be told from a different item by its URL,
    /// so only the hash or the deduplicator ties an item to an article already seen there.
    public var itemsOnPage: Int
    /// The page's HTTP validators, saved with the page so a crash cannot leave validators that
    /// would make the next poll skip a page that was never stored.
    public var validators: Validators?
    /// Builds the webhook deliveries for what the page changed (`outcome.event`); called inside
    /// the transaction, so the deliveries are committed with the change or not at all. A throw
    /// (say, the watch-folder file could not be written) rolls the whole page back.
    public var announce: @Sendable (RecordOutcome) throws -> [OutboxEntry]

    public init(
        sourceID: String, sourceKind: SourceRole, article: ExtractedArticle,
        fingerprint: ContentFingerprint, match: ArticleMatch, fetchedAt: Date,
        itemsOnPage: Int = 1, validators: Validators? = nil,
        announce: @escaping @Sendable (RecordOutcome) throws -> [OutboxEntry] = { _ in [] }
    ) {
        self.sourceID = sourceID
        self.sourceKind = sourceKind
        self.article = article
        self.fingerprint = fingerprint
        self.match = match
        self.fetchedAt = fetchedAt
        self.itemsOnPage = itemsOnPage
        self.validators = validators
        self.announce = announce
    }

    /// The page's address.
    public var url: String { article.url }
}
