/// An article with every place it was seen and every text it had (`articles show`).
public struct ArticleDetail: Sendable, Hashable, Codable {
    public var article: StoredArticle
    /// Oldest first.
    public var sightings: [Sighting]
    /// Version 1 first.
    public var versions: [ArticleVersion]

    public init(article: StoredArticle, sightings: [Sighting], versions: [ArticleVersion]) {
        self.article = article
        self.sightings = sightings
        self.versions = versions
    }

    /// The mirror pages of the article (sightings on `mirror` sources).
    public var mirrorURLs: [String] { sightings.filter { $0.kind == .mirror }.map(\.url) }
}
