import Foundation
import WatchCore

/// Turns stored articles into feed entries, reading each article's mirrors and (for a corrected
/// one) its versions once however many feeds list it. An entry is dated by its latest change:
/// the current version, or its removal.
struct EntryCache {
    let store: any Store
    let names: [String: String]
    private var made: [ArticleID: DeliveredArticle] = [:]

    init(store: any Store, names: [String: String]) {
        self.store = store
        self.names = names
    }

    mutating func delivered(_ articles: [StoredArticle]) async throws -> [DeliveredArticle] {
        let missing = articles.filter { made[$0.id] == nil }
        let mirrors = missing.isEmpty ? [:] : try await store.mirrors(of: missing.map(\.id))
        for article in missing {
            var entry = try await entry(article, mirrors: mirrors[article.id] ?? [])
            // Readers see the removal.
            if let removedAt = article.removedAt { entry.fetched = max(entry.fetched, removedAt) }
            made[article.id] = entry
        }
        return articles.compactMap { made[$0.id] }
    }

    /// A corrected article's entry is dated by its current version and says what changed.
    private func entry(_ stored: StoredArticle, mirrors: [String]) async throws -> DeliveredArticle {
        let name = names[stored.firstSourceID] ?? stored.firstSourceID
        guard stored.currentVersion > 1, let versions = try await store.article(shortID: stored.shortID)?.versions,
            let current = versions.last(where: { $0.number == stored.currentVersion })
        else {
            return DeliveredArticle(stored, sourceName: name, mirrors: mirrors, fetched: stored.firstSeen)
        }
        let previous = versions.last { $0.number < current.number }
        return DeliveredArticle(
            stored, sourceName: name, mirrors: mirrors, fetched: current.fetchedAt,
            previousBody: previous?.body)
    }
}
