import Foundation
import LibSQLite
import PostgresNIO
import PostgresTesting
import Testing
import WatchCore
import WatchPostgres
import WatchStore

@testable import WatchStateMigration

/// `state migrate`: a real SQLite state copied into a real PostgreSQL database, then read back
/// through the `Store` protocol on both sides.
@Suite(.enabled(if: PostgresTestDatabase.shouldRun, PostgresTestDatabase.skipMessage))
struct StateMigrationTests {
    /// An SQLite state filled with `MigrationSample`, and an empty database to copy it into.
    struct Setup {
        let folder: URL
        let sqlite: SQLiteStore
        let database: PostgresTestDatabase
        let shortIDs: [String]
        var path: String { sqlite.path }

        static func make() async throws -> Setup {
            let folder = try StoreFixture.makeFolder()
            let sqlite = try SQLiteStore(
                path: folder.appendingPathComponent("bureauwatch.sqlite").path, clock: FixedClock(),
                logger: quietLogger)
            let shortIDs = try await MigrationSample.fill(sqlite)
            return Setup(
                folder: folder, sqlite: sqlite, database: try await PostgresTestDatabase.make(), shortIDs: shortIDs)
        }

        func migrate() async throws -> StateMigrationReport {
            try await StateMigration(sqlitePath: path, client: database.client, logger: quietLogger).run()
        }

        func postgres() -> PostgresStore {
            PostgresStore(client: database.client, clock: FixedClock(), logger: quietLogger)
        }

        func remove() {
            database.remove()
            try? FileManager.default.removeItem(at: folder)
        }
    }

    /// The PostgreSQL schema's indexes that no constraint stands on.
    static let secondaryIndexes: Set<String> = [
        "articles_by_canonical_url", "articles_by_first_seen", "articles_title_trigrams", "articles_body_trigrams",
        "sightings_by_url", "sightings_by_source", "versions_by_sha256", "outbox_by_due", "outbox_by_webhook",
    ]

    @Test func everyReadAnswersAsTheSQLiteStoreDid() async throws {
        let setup = try await Setup.make()
        defer { setup.remove() }
        let report = try await setup.migrate()
        let (sqlite, postgres) = (setup.sqlite, setup.postgres())

        #expect(
            report.tables.map(\.table) == [
                "sources", "seen_urls", "articles", "sightings", "versions", "article_texts", "outbox",
                "webhook_status",
            ])
        let statistics = try await sqlite.statistics()
        #expect(report.tables.first { $0.table == "articles" }?.rows == statistics.articles)
        #expect(report.tables.first { $0.table == "outbox" }?.rows == 6)
        #expect(report.leftColumns.isEmpty)
        #expect(try await postgres.statistics() == statistics)
        // The indexes dropped for the copy are all back.
        let indexes = try await setup.database.client.query(
            "SELECT indexname::text FROM pg_indexes WHERE schemaname = current_schema()")
        var names: Set<String> = []
        for try await name in indexes.decode(String.self) { names.insert(name) }
        #expect(names.isSuperset(of: Self.secondaryIndexes), "\(names)")
        for shortID in setup.shortIDs {
            let detail = try await postgres.article(shortID: shortID)
            #expect(detail != nil)
            #expect(detail == (try await sqlite.article(shortID: shortID)), "\(shortID)")
        }
        try await Self.expectSameReads(sqlite, postgres)
    }

    static func expectSameReads(_ sqlite: SQLiteStore, _ postgres: PostgresStore) async throws {
        for query in [ArticleQuery(limit: 100), ArticleQuery(sourceID: "mirror-news", limit: 100)] {
            #expect(try await postgres.articles(matching: query) == (try await sqlite.articles(matching: query)))
        }
        for needle in ["寄递安全", "通知", "镜像首发"] {
            let found = try await postgres.search(needle, limit: 10)
            #expect(!found.isEmpty, "\(needle)")
            #expect(found == (try await sqlite.search(needle, limit: 10)), "\(needle)")
        }
        #expect(try await postgres.latestArticles(limit: 10) == (try await sqlite.latestArticles(limit: 10)))
        #expect(try await postgres.sourceHealth() == (try await sqlite.sourceHealth()))
        #expect(try await postgres.deliveryStatus() == (try await sqlite.deliveryStatus()))
        let due = try await sqlite.dueDeliveries(now: at(10_000), limit: 10)
        #expect(due.count == 4)
        #expect(try await postgres.dueDeliveries(now: at(10_000), limit: 10) == due)
        let fingerprints = try await sqlite.fingerprints(after: nil, limit: 100)
        #expect(fingerprints.contains { $0.fingerprint.sketch == MigrationSample.sketch })
        #expect(try await postgres.fingerprints(after: nil, limit: 100) == fingerprints)
        let after = fingerprints[0].articleID
        #expect(
            try await postgres.fingerprints(after: after, limit: 1)
                == (try await sqlite.fingerprints(after: after, limit: 1)))
        for url in [MigrationSample.bureauURL, MigrationSample.listURL, MigrationSample.goneURL] {
            #expect(try await postgres.validators(for: url) == (try await sqlite.validators(for: url)), "\(url)")
        }
        #expect(try await postgres.validators(for: MigrationSample.listURL) != nil)
        #expect(try await postgres.sourceIDsWithArticles() == (try await sqlite.sourceIDsWithArticles()))
        #expect(try await postgres.hasArticle(at: MigrationSample.mirrorURL))
    }

    @Test func recordsMadeAfterTheCopyGetNewIdsAndQueueBehindTheCopiedOnes() async throws {
        let setup = try await Setup.make()
        defer { setup.remove() }
        _ = try await setup.migrate()
        let postgres = setup.postgres()
        let copied = try await setup.sqlite.latestArticles(limit: 100).map(\.id.rawValue).max() ?? 0

        let fresh = try await postgres.record(
            MigrationSample.observation("http://gd.spb.gov.cn/art/2026/new.shtml", body: "迁移之后的新通知。", seconds: 5_000))
        #expect(fresh.change == .newArticle)
        #expect(fresh.articleID.rawValue == copied + 1)
        // Its sighting took a new id as well: an unmoved sequence would have collided with sighting 1.
        #expect(try await postgres.article(shortID: fresh.shortID)?.sightings.count == 1)
        // Created at the same second as the copied entries: the outbox's sequence orders it last.
        let due = try await postgres.dueDeliveries(now: at(10_000), limit: 10)
        #expect(due.last?.deliveryID == "article.new-\(fresh.shortID)")
        #expect(due.count == 5)
    }

    @Test func aDatabaseWithRowsIsRefusedAndLeftAsItWas() async throws {
        let setup = try await Setup.make()
        defer { setup.remove() }
        let postgres = try await PostgresStore.open(
            client: setup.database.client, clock: FixedClock(), logger: quietLogger)
        let own = try await postgres.record(page("http://other.example/1.html", body: "已有的状态。"))
        let before = try await postgres.statistics()

        let refused = await #expect(throws: StateMigrationError.self) { _ = try await setup.migrate() }
        guard case .targetNotEmpty(let tables)? = refused else {
            Issue.record("not refused as not empty: \(String(describing: refused))")
            return
        }
        #expect(tables.contains(TableRows(table: "articles", rows: 1)))
        #expect(refused?.description.contains("articles (1 row)") == true, "\(String(describing: refused))")
        #expect(try await postgres.statistics() == before)
        #expect(try await postgres.latestArticles(limit: 10).map(\.id) == [own.articleID])
    }

    @Test func anotherApplicationsTableIsNamedToo() async throws {
        let setup = try await Setup.make()
        defer { setup.remove() }
        try await setup.database.client.query("CREATE TABLE notes (line text)")
        try await setup.database.client.query("INSERT INTO notes VALUES ('x'), ('y')")

        await #expect(throws: StateMigrationError.targetNotEmpty([TableRows(table: "notes", rows: 2)])) {
            _ = try await setup.migrate()
        }
        #expect(try await PostgresStore(client: setup.database.client, logger: quietLogger).schemaVersion() == 0)
    }

    @Test func aFailureHalfWayLeavesNothingBehind() async throws {
        let setup = try await Setup.make()
        defer { setup.remove() }
        // A sighting of an article that does not exist: PostgreSQL's foreign key refuses it,
        // after sources, URLs and articles went in.
        let file = try SQLiteDatabase(path: setup.path)
        try file.execute(
            """
            PRAGMA foreign_keys = OFF;
            INSERT INTO sightings (article_id, url, source_id, kind, seen_at, sha256)
                VALUES (999, 'http://x.example/', 'gd-news', 'bureau', 0, 'h');
            """)

        await #expect(throws: (any Error).self) { _ = try await setup.migrate() }
        let postgres = setup.postgres()
        #expect(
            try await postgres.statistics()
                == StoreStatistics(articles: 0, sightings: 0, versions: 0, seenURLs: 0, outboxEntries: 0))
        #expect(try await postgres.sourceHealth().isEmpty)
    }
}
