import Foundation
import LibSQLite
import PostgresTesting
import Testing
import WatchStateMigration
import WatchStore

/// How fast `state migrate` copies a large state: not a timed test, a measurement for
/// BENCHMARKS.md, run only with `BUREAUWATCH_MIGRATE_BENCH=<articles>` (and a PostgreSQL).
@Suite(
    .enabled(
        if: ProcessInfo.processInfo.environment["BUREAUWATCH_MIGRATE_BENCH"] != nil
            && PostgresTestDatabase.serverURL != nil))
struct StateMigrationSpeedTests {
    static var articles: Int? { ProcessInfo.processInfo.environment["BUREAUWATCH_MIGRATE_BENCH"].flatMap { Int($0) } }

    /// About 1 200 bytes of Chinese per body, as the bureaus' notices are; each article starts
    /// at another place in it, so the trigram indexes see varied text.
    static let text = String(
        repeating: "为进一步加强寄递渠道安全管理，切实做好年末旺季寄递服务保障工作，省邮政管理局决定开展专项检查，各快递企业要落实收寄验视、实名收寄和过机安检制度。",
        count: 12)

    @Test func copiesALargeState() async throws {
        let count = try #require(Self.articles)
        let folder = try StoreFixture.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("bureauwatch.sqlite").path
        _ = try SQLiteStore(path: path, logger: quietLogger)
        let filled = ContinuousClock.now
        try Self.fill(path, articles: count)
        let filling = ContinuousClock.now - filled
        let database = try await PostgresTestDatabase.make()
        defer { database.remove() }
        let report = try await StateMigration(sqlitePath: path, client: database.client, logger: quietLogger).run()
        print(
            "state migrate: \(count) articles, \(report.totalRows) rows in \(report.seconds) s = "
                + "\(Int(report.rowsPerSecond)) rows/s (filling SQLite took \(filling))")
        for table in report.tables { print("  \(table.table): \(table.rows) rows in \(table.seconds) s") }
        #expect(report.tables.first { $0.table == "articles" }?.rows == count)
    }

    /// Per article: a source's page, its URL with validators, a first sighting, a version, a
    /// fingerprint with a 16-hash sketch and a delivered outbox entry; every third a mirror sighting.
    static func fill(_ path: String, articles: Int) throws {
        let database = try SQLiteDatabase(path: path)
        try database.execute("INSERT INTO sources (id, kind) VALUES ('gd-news', 'bureau'), ('mirror', 'mirror')")
        let sketch = (0..<16).map { String(format: "%08x", UInt32(truncatingIfNeeded: $0 &* 2_654_435_761)) }.joined()
        let statements = [
            """
            INSERT INTO articles (id, short_id, title, published, publisher, document_number, body, attachments,
                sha256, simhash, numbers, first_url, first_source, first_seen)
            SELECT i, printf('%012x', i), '关于开展寄递安全检查的通知' || i, 1.79e9 + i, '广东省邮政管理局',
                '粤邮管〔2026〕' || i || '号', substr(?1, i % 300 + 1, 400) || i,
                '[{"title":"附件1.docx","url":"http://gd.example/' || i || '.docx"}]',
                printf('%064x', i), i * 2654435761, '2026' || char(31) || i, 'http://gd.example/' || i || '.html',
                'gd-news', 1.79e9 + i FROM n
            """,
            """
            INSERT INTO versions (article_id, version, sha256, title, body, fetched_at)
            SELECT id, 1, sha256, title, body, first_seen FROM articles
            """,
            """
            INSERT INTO sightings (article_id, url, source_id, kind, seen_at, sha256, match_kind)
            SELECT id, first_url, 'gd-news', 'bureau', first_seen, sha256, 'first' FROM articles
            UNION ALL SELECT id, 'http://mirror.example/' || id, 'mirror', 'mirror', first_seen + 60, sha256, 'exact'
                FROM articles WHERE id % 3 = 0
            """,
            "INSERT INTO article_texts (article_id, sha256, simhash, numbers, sketch) SELECT id, sha256, simhash, numbers, ?2 FROM articles",
            """
            INSERT INTO seen_urls (url, source_id, first_seen, last_status, etag)
            SELECT first_url, 'gd-news', first_seen, 200, '"' || short_id || '"' FROM articles
            """,
            """
            INSERT INTO outbox (delivery_id, event, webhook_id, payload, attempts, created_at, next_attempt_at, state, finished_at)
            SELECT 'article.new-' || short_id, 'article.new', 'ops', CAST('{"id":"' || short_id || '"}' AS BLOB), 1,
                first_seen, first_seen, 'delivered', first_seen + 1 FROM articles
            """,
        ]
        try database.transaction {
            for (index, sql) in statements.enumerated() {
                let statement = try database.prepare(
                    index == 0
                        ? "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < \(articles)) " + sql
                        : sql)
                if index == 0 { try statement.bind(text, at: 1) }
                if index == 3 { try statement.bind(sketch, at: 2) }
                try statement.step()
            }
        }
    }
}
