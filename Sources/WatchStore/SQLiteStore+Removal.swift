import Foundation
import LibSQLite
import WatchCore

/// 404/410 answers: a run of them removes the article(s) a URL carries.
extension SQLiteStore {
    public func recordGone(
        url: String, status: Int, at: Date,
        announce: @escaping @Sendable (RemovedArticle) throws -> [OutboxEntry]
    ) throws -> RemovalOutcome {
        guard StoreRules.isGone(status: status) else {
            try recordAlive(url: url, status: status, at: at)
            return RemovalOutcome(consecutiveGone: 0)
        }
        return try transaction {
            try run(
                """
                INSERT INTO seen_urls (url, first_seen, last_status, gone_count) VALUES (?1, ?2, ?3, 1)
                ON CONFLICT (url) DO UPDATE SET last_status = ?3, gone_count = seen_urls.gone_count + 1
                """, [.text(url), .date(at), .integer(Int64(status))])
            let gone = try row("SELECT gone_count FROM seen_urls WHERE url = ?", [.text(url)]) { $0.int(at: 0) } ?? 0
            guard gone >= StoreRules.goneAnswersForRemoval else { return RemovalOutcome(consecutiveGone: gone) }
            var removed: [RemovedArticle] = []
            for var article in try removableArticles(at: url) {
                try run(
                    "UPDATE articles SET removed = 1, removed_at = ? WHERE id = ?",
                    [.date(at), .integer(article.articleID.rawValue)])
                article.article = try self.article(id: article.articleID)
                article.mirrors = try article.article.map(mirrorURLs) ?? []
                try insertOutbox(try announce(article))
                removed.append(article)
            }
            return RemovalOutcome(consecutiveGone: gone, removed: removed)
        }
    }

    /// Articles at `url`, not yet removed, that are gone: the URL is their canonical page, or
    /// every URL they were seen at has answered 404/410 enough times in a row.
    private func removableArticles(at url: String) throws -> [RemovedArticle] {
        try rows(
            """
            SELECT a.id, a.short_id FROM articles a
            WHERE a.removed = 0 AND a.id IN (SELECT article_id FROM sightings WHERE url = ?1)
              AND (a.canonical_url = ?1 OR NOT EXISTS (
                  SELECT 1 FROM sightings s LEFT JOIN seen_urls u ON u.url = s.url
                  WHERE s.article_id = a.id AND coalesce(u.gone_count, 0) < ?2))
            ORDER BY a.id
            """, [.text(url), .integer(Int64(StoreRules.goneAnswersForRemoval))]
        ) {
            RemovedArticle(articleID: ArticleID($0.int64(at: 0)), shortID: $0.string(at: 1) ?? "")
        }
    }

    public func recordAlive(url: String, status: Int, at: Date) throws {
        try checkFile()
        try run(
            """
            INSERT INTO seen_urls (url, first_seen, last_status, gone_count) VALUES (?1, ?2, ?3, 0)
            ON CONFLICT (url) DO UPDATE SET last_status = ?3, gone_count = 0 WHERE seen_urls.gone_count <> 0
            """, [.text(url), .date(at), .integer(Int64(status))])
    }
}
