/// An article that a run of 404/410 answers removed.
public struct RemovedArticle: Sendable, Hashable {
    public var articleID: ArticleID
    public var shortID: String
    /// The article as stored, marked removed: what the `article.removed` payload describes, read
    /// inside the removal's transaction so its deliveries can be queued in the same one.
    public var article: StoredArticle?
    /// The article's mirror pages, for the payload's `mirrors`.
    public var mirrors: [String]

    public init(articleID: ArticleID, shortID: String, article: StoredArticle? = nil, mirrors: [String] = []) {
        self.articleID = articleID
        self.shortID = shortID
        self.article = article
        self.mirrors = mirrors
    }
}
