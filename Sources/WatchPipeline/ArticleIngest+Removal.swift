import Foundation
import WatchCore
import WatchDeliver

extension ArticleIngest {
    /// Counts a 404/410 for an article page. When that removes an article, its `article.removed`
    /// deliveries are queued right after the removal commits (the payload needs the stored
    /// article, which the removal's transaction cannot read back).
    public func recordGone(url: String, status: Int, source: SourceConfig) async throws -> RemovalOutcome {
        let now = clock.now
        let outcome = try await store.recordGone(url: url, status: status, at: now) { _ in [] }
        for removed in outcome.removed {
            guard let stored = try await store.article(id: removed.articleID) else { continue }
            let article = DeliveredArticle(stored, sourceName: sourceNames[stored.firstSourceID] ?? source.name,
                                           mirrors: [], fetched: now)
            let planned = try publisher.publish(.articleRemoved, article: article, webhooks: webhooks, now: now,
                                                logger: logger)
            try await store.enqueue(planned.entries)
        }
        return outcome
    }
}
