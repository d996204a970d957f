/// The deduplicator's conclusion about a page's text, in the store's terms (WatchDedup's
/// `ArticleMatch` maps onto it: exact or near → `sameAs`, new → `new`).
public enum ArticleMatch: Sendable, Hashable {
    /// No known article has this text.
    case new
    /// The text is (nearly) that of a known article.
    case sameAs(ArticleID)
}
