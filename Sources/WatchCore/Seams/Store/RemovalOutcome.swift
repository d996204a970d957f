/// What a 404/410 answer for a URL changed.
public struct RemovalOutcome: Sendable, Hashable {
    /// 404/410 answers in a row for the URL, this one included.
    public var consecutiveGone: Int
    /// The articles this answer removed (event `article.removed`, announced once per article).
    public var removed: [RemovedArticle]

    public init(consecutiveGone: Int, removed: [RemovedArticle] = []) {
        self.consecutiveGone = consecutiveGone
        self.removed = removed
    }

    /// True when this answer removed at least one article.
    public var removedNow: Bool { !removed.isEmpty }
}
