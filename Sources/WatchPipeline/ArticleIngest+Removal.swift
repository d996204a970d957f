import Foundation
import WatchCore
import WatchDeliver

extension ArticleIngest {
    /// Counts a 404/410 for an article page. The answer that removes an article queues its
    /// `article.removed` deliveries in the same transaction.
    public func recordGone(url: String, status: Int, source: SourceConfig) async throws -> RemovalOutcome {
        let now = clock.now
        let publisher = self.publisher
        let webhooks = self.webhooks
        let logger = self.logger
        let names = sourceNames
        return try await store.recordGone(url: url, status: status, at: now) { removed in
            guard let stored = removed.article else { return [] }
            let article = DeliveredArticle(
                stored, sourceName: names[stored.firstSourceID] ?? source.name,
                mirrors: removed.mirrors, fetched: now)
            return try publisher.publish(
                .articleRemoved, article: article, webhooks: webhooks, now: now,
                logger: logger
            ).entries
        }
    }
}
