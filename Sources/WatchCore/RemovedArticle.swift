/// An article that a run of 404/410 answers removed.
public struct RemovedArticle: Sendable, Hashable {
    public var articleID: ArticleID
    public var shortID: String

    public init(articleID: ArticleID, shortID: String) {
        self.articleID = articleID
        self.shortID = shortID
    }
}
