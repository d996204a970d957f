import Foundation
import WatchCore

/// 404/410 runs on the twin's tables, with the SQLite store's removal rule.
extension InMemoryStoreState {
    mutating func recordGone(
        url: String, status: Int, at: Date,
        announce: (RemovedArticle) throws -> [OutboxEntry]
    ) throws -> RemovalOutcome {
        var seen = seenURLs[url] ?? SeenURL(firstSeen: at)
        seen.lastStatus = status
        seen.goneCount += 1
        seenURLs[url] = seen
        guard seen.goneCount >= StoreRules.goneAnswersForRemoval else {
            return RemovalOutcome(consecutiveGone: seen.goneCount)
        }
        var removed: [RemovedArticle] = []
        for (id, _) in articlesAt(url: url) {
            guard var article = articles[id], !article.removed, isGone(article, url: url) else { continue }
            article.removed = true
            article.removedAt = at
            articles[id] = article
            let gone = RemovedArticle(
                articleID: id, shortID: article.shortID, article: article,
                mirrors: mirrorURLs(of: article))
            insertOutbox(try announce(gone))
            removed.append(gone)
        }
        return RemovalOutcome(consecutiveGone: seen.goneCount, removed: removed)
    }

    /// The URL is the article's canonical page, or every URL it was seen at is gone.
    private func isGone(_ article: StoredArticle, url: String) -> Bool {
        article.canonicalURL == url
            || sightings[article.id, default: []].allSatisfy {
                (seenURLs[$0.sighting.url]?.goneCount ?? 0) >= StoreRules.goneAnswersForRemoval
            }
    }
}
