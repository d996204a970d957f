import Foundation

/// Which articles `Store.articles(matching:)` returns: newest published first, articles with no
/// stated date after all dated ones (by first seen), at most `limit`.
public struct ArticleQuery: Sendable, Hashable {
    /// Only articles seen on this source (any sighting, mirror copies included).
    public var sourceID: String?
    /// Published (or, when no date is stated, first seen) at or after this instant.
    public var since: Date?
    /// Published (or first seen) before this instant.
    public var until: Date?
    public var limit: Int

    public init(sourceID: String? = nil, since: Date? = nil, until: Date? = nil, limit: Int) {
        self.sourceID = sourceID
        self.since = since
        self.until = until
        self.limit = limit
    }

    /// The instant the date filters compare with.
    public static func filterDate(_ article: StoredArticle) -> Date {
        article.published ?? article.firstSeen
    }

    /// The list order: published newest first, undated last, then first seen, then id, newest first.
    public static func precedes(_ lhs: StoredArticle, _ rhs: StoredArticle) -> Bool {
        switch (lhs.published, rhs.published) {
        case (let left?, let right?) where left != right: return left > right
        case (.some, nil): return true
        case (nil, .some): return false
        default: return (lhs.firstSeen, lhs.id) > (rhs.firstSeen, rhs.id)
        }
    }
}
