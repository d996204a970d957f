/// The deduplicator's conclusion about a page's text, in the store's terms (WatchDedup's
/// `DedupDecision` maps onto it: exact, near or contained → `sameAs`, new → `new`).
public enum ArticleMatch: Sendable, Hashable {
    /// No known article has this text.
    case new
    /// The text is (nearly, or inside, or around) that of a known article; `how` is kept with
    /// the sighting it makes. Callers that do not know how say nothing and get `.exact`.
    case sameAs(ArticleID, how: MatchEvidence = .exact)

    /// The matched article, if any.
    public var articleID: ArticleID? {
        switch self {
        case .new: nil
        case .sameAs(let id, _): id
        }
    }
}
