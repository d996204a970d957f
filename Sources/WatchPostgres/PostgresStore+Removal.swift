import Foundation
import PostgresNIO
import WatchCore

/// 404/410 answers: a run of them removes the article(s) a URL carries.
extension PostgresStore {
    public func recordGone(
        url: String, status: Int, at: Date,
        announce: @escaping @Sendable (RemovedArticle) throws -> [OutboxEntry]
    ) async throws
        -> RemovalOutcome
    {
        guard StoreRules.isGone(status: status) else {
            try await recordAlive(url: url, status: status, at: at)
            return RemovalOutcome(consecutiveGone: 0)
        }
        let when = StoreValues.seconds(at)
        return try await lockedTransaction { db in
            let gone =
                try await db.row(
                    """
                    INSERT INTO seen_urls (url, first_seen, last_status, gone_count) VALUES (\(url), \(when), \(status), 1)
                    ON CONFLICT (url) DO UPDATE SET last_status = excluded.last_status, gone_count = seen_urls.gone_count + 1
                    RETURNING gone_count
                    """
                ) { try $0.int(0) } ?? 0
            guard gone >= StoreRules.goneAnswersForRemoval else { return RemovalOutcome(consecutiveGone: gone) }
            var removed: [RemovedArticle] = []
            for var article in try await removableArticles(at: url, db) {
                try await db.run(
                    """
                    UPDATE articles SET removed = true, removed_at = \(when) WHERE id = \(article.articleID.rawValue)
                    """)
                let stored = try await loadArticle(article.articleID, db)
                article.article = stored
                if let stored { article.mirrors = try await mirrorURLs(of: stored, db) }
                let removedArticle = article
                try await insertOutbox(fileWork.run { try announce(removedArticle) }, db)
                removed.append(article)
            }
            return RemovalOutcome(consecutiveGone: gone, removed: removed)
        }
    }

    /// Articles at `url`, not yet removed, that are gone: the URL is their canonical page, or
    /// every URL they were seen at has answered 404/410 enough times in a row.
    private func removableArticles(at url: String, _ db: PostgresSession) async throws -> [RemovedArticle] {
        try await db.rows(
            """
            SELECT a.id, a.short_id FROM articles a
            WHERE NOT a.removed AND a.id IN (SELECT article_id FROM sightings WHERE url = \(url))
              AND (a.canonical_url = \(url) OR NOT EXISTS (
                  SELECT 1 FROM sightings s LEFT JOIN seen_urls u ON u.url = s.url
                  WHERE s.article_id = a.id AND coalesce(u.gone_count, 0) < \(StoreRules.goneAnswersForRemoval)))
            ORDER BY a.id
            """
        ) { RemovedArticle(articleID: try $0.articleID(0), shortID: try $0.string(1) ?? "") }
    }

    public func recordAlive(url: String, status: Int, at: Date) async throws {
        let statement = Prepared<PollStatements.Alive> {
            $0.append(url)
            $0.append(status)
            $0.append(StoreValues.seconds(at))
        }
        try await read { db in try await db.run(statement) }
    }
}
