import Foundation
import LibSQLite
import Testing
import WatchCore

@testable import WatchStore

/// What only the SQLite store has: a file shared by connections, pragmas, a schema that migrates.
@Suite struct SQLiteStoreTests {
    let folder: URL
    var path: String { folder.appendingPathComponent("state.sqlite").path }

    init() throws {
        folder = try StoreFixture.makeFolder()
    }

    @Test func aVersion1DatabaseIsUpgradedAndItsArticlesBecomeSearchable() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let old = try SQLiteStore(
            path: path, options: .init(), clock: FixedClock(), logger: quietLogger,
            migrations: Array(Schema.migrations.prefix(1)))
        #expect(try await old.schemaVersion() == 1)
        // What a version-1 bureauwatch wrote for one article.
        let sha = fakeSHA("各市局：现将有关事项通知如下。")
        let raw = try SQLiteDatabase(path: path)
        try raw.execute(
            """
            INSERT INTO sources (id, kind) VALUES ('gd-news', 'bureau');
            INSERT INTO articles (id, short_id, title, body, sha256, simhash, numbers, canonical_url, first_url,
                first_source, first_seen)
            VALUES (7, '\(sha.prefix(12))', '关于加强邮政管理工作的通知', '各市局：现将有关事项通知如下。', '\(sha)', -5,
                '2026', 'http://gd.spb.gov.cn/1.shtml', 'http://gd.spb.gov.cn/1.shtml', 'gd-news', 1790000000);
            INSERT INTO versions VALUES (7, 1, '\(sha)', '关于加强邮政管理工作的通知', '各市局：现将有关事项通知如下。', 1790000000);
            INSERT INTO sightings (article_id, url, source_id, kind, seen_at, sha256)
                VALUES (7, 'http://gd.spb.gov.cn/1.shtml', 'gd-news', 'bureau', 1790000000, '\(sha)');
            """)

        let upgraded = try SQLiteStore(path: path, clock: FixedClock(), logger: quietLogger)

        #expect(try await upgraded.schemaVersion() == Schema.latestVersion)
        #expect(try await upgraded.search("邮政管理", limit: 5).map(\.id) == [ArticleID(7)])
        #expect(try await upgraded.article(shortID: String(sha.prefix(12)))?.versions.count == 1)
        // Step 5 marks the page each article was first recorded from; other old sightings say nothing.
        #expect(try await upgraded.article(shortID: String(sha.prefix(12)))?.sightings.map(\.match) == [.first])
        #expect(try await upgraded.integrityCheck() == ["ok"])
        // Step 3 gives the old article its current text for the dedup index.
        var loaded: [StoredFingerprint] = []
        for try await batch in upgraded.allFingerprints(batchSize: 10) { loaded += batch }
        #expect(
            loaded == [
                StoredFingerprint(
                    articleID: ArticleID(7),
                    fingerprint: ContentFingerprint(
                        sha256: sha, simhash: UInt64(bitPattern: -5),
                        numbers: ["2026"]))
            ])
        // And the upgraded store goes on: the same page again is no change.
        let again = try await upgraded.record(page("http://gd.spb.gov.cn/1.shtml", body: "各市局：现将有关事项通知如下。"))
        #expect(again.change == .unchanged)
    }

    @Test func aDatabaseFromANewerBureauwatchIsRefused() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let raw = try SQLiteDatabase(path: path)
        try raw.setUserVersion(99)

        #expect(throws: StoreError.newerSchema(found: 99, supported: Schema.latestVersion)) {
            _ = try SQLiteStore(path: path, logger: quietLogger)
        }
    }

    @Test func aFailingMigrationStepLeavesTheDatabaseAtTheStepBefore() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let broken =
            Schema.migrations + [
                Migration(
                    version: Schema.latestVersion + 1, name: "broken step", sql: "CREATE TABLE half_done (x); SELEKT 1")
            ]

        #expect(throws: StoreError.self) {
            _ = try SQLiteStore(
                path: path, options: .init(), clock: FixedClock(), logger: quietLogger, migrations: broken)
        }

        let raw = try SQLiteDatabase(path: path)
        #expect(try raw.userVersion() == Schema.latestVersion)
        let table = try raw.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'")
        try table.step()
        #expect(table.int(at: 0) == 0)
        // The good steps stay: the store opens at the latest good version with its tables.
        let reopened = try SQLiteStore(path: path, logger: quietLogger)
        #expect(try await reopened.schemaVersion() == Schema.latestVersion)
    }

    @Test func theFileIsInWALModeAndKeepsEverythingAcrossReopening() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        var shortID = ""
        do {
            let store = try SQLiteStore(path: path, logger: quietLogger)
            shortID = try await store.record(
                page(
                    "http://gd.spb.gov.cn/1.shtml", body: "正文",
                    validators: Validators(etag: "\"e\""))
            ).shortID
            try await store.enqueue([
                OutboxEntry(
                    deliveryID: "d1", event: .sourceFailing, webhookID: "ops", payload: [1],
                    createdAt: at(0), nextAttemptAt: at(0))
            ])
        }

        let raw = try SQLiteDatabase(path: path)
        #expect(try raw.pragmaRows("journal_mode") == ["wal"])
        let reopened = try SQLiteStore(path: path, logger: quietLogger)
        #expect(try await reopened.article(shortID: shortID) != nil)
        #expect(try await reopened.validators(for: "http://gd.spb.gov.cn/1.shtml") == Validators(etag: "\"e\""))
        #expect(try await reopened.pendingCount() == 2)
    }

    @Test func aSecondConnectionReadsWhatTheFirstCommits() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let daemon = try SQLiteStore(path: path, logger: quietLogger)
        let cli = try SQLiteStore(path: path, logger: quietLogger)
        let first = try await daemon.record(page("http://gd.spb.gov.cn/1.shtml", body: "第一篇"))
        #expect(try await cli.latestArticles(limit: 5).map(\.shortID) == [first.shortID])

        let second = try await cli.record(page("http://gd.spb.gov.cn/2.shtml", body: "第二篇", seconds: 1))
        #expect(try await daemon.latestArticles(limit: 5).map(\.shortID) == [second.shortID, first.shortID])
    }

    @Test func anUnreadableStateFolderIsAnErrorNamingThePath() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = folder.appendingPathComponent("no/such/folder/state.sqlite").path
        do {
            _ = try SQLiteStore(path: missing, logger: quietLogger)
            Issue.record("a store opened in a folder that does not exist")
        } catch let error as SQLiteError {
            #expect(error.message.contains(missing))
        }
    }
}
