/// What the deduplicator makes of a new text.
public enum DedupDecision: Sendable, Hashable {
    /// The same normalized text as this article (equal SHA-256).
    case exact(articleID: Int64)
    /// Nearly the same text as this article, `distance` SimHash bits apart, with the same numbers.
    case near(articleID: Int64, distance: Int)
    /// A new article.
    case new

    /// The matched article, if any.
    public var articleID: Int64? {
        switch self {
        case .exact(let id), .near(let id, _): id
        case .new: nil
        }
    }
}
