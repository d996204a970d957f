import WatchCore
import WatchDedup

extension ArticleMatch {
    /// The deduplicator's decision in the store's terms, with how the text matched.
    init(_ decision: DedupDecision) {
        switch decision {
        case .new: self = .new
        case .exact(let id): self = .sameAs(ArticleID(rawValue: id), how: .exact)
        case .near(let id, let distance): self = .sameAs(ArticleID(rawValue: id), how: .near(distance: distance))
        case .contained(let id, let share): self = .sameAs(ArticleID(rawValue: id), how: .contained(share: share))
        }
    }
}
