/// What the deduplicator makes of a new text.
public enum DedupDecision: Sendable, Hashable {
    /// The same normalized text as this article (equal SHA-256).
    case exact(articleID: Int64)
    /// Nearly the same text as this article, `distance` SimHash bits apart, with the same numbers.
    case near(articleID: Int64, distance: Int)
    /// One text contains the other (a copy with a note, header or footer added, or a trimmed
    /// copy): `share` of the smaller text's sketched shingles are in the larger, numbers in order.
    case contained(articleID: Int64, share: Double)
    /// A new article.
    case new

    /// The matched article, if any.
    public var articleID: Int64? {
        switch self {
        case .exact(let id), .near(let id, _), .contained(let id, _): id
        case .new: nil
        }
    }
}
