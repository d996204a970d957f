/// Row counts, for `/metrics` and for checking the store's consistency.
public struct StoreStatistics: Sendable, Hashable, Codable {
    public var articles: Int
    public var sightings: Int
    public var versions: Int
    public var seenURLs: Int
    /// Outbox entries in any state.
    public var outboxEntries: Int

    public init(articles: Int, sightings: Int, versions: Int, seenURLs: Int, outboxEntries: Int) {
        self.articles = articles
        self.sightings = sightings
        self.versions = versions
        self.seenURLs = seenURLs
        self.outboxEntries = outboxEntries
    }
}
