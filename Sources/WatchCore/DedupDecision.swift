/// What the deduplicator concluded about a page's text before it is stored.
public enum DedupDecision: Sendable, Hashable {
    /// No known article has this text.
    case new
    /// The text is (nearly) that of a known article.
    case sameAs(ArticleID)
}
