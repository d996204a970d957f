import Foundation
import LibSQLite
import Testing
import WatchCore
@testable import WatchStore

/// What only the SQLite store has: a file, pragmas, and a schema that migrates.
@Suite struct SQLiteStoreMigrationTests {
    let folder: URL
    var path: String { folder.appendingPathComponent("state.sqlite").path }

    init() throws {
        folder = try StoreFixture.makeFolder()
    }

    @Test func aVersion1DatabaseIsUpgradedAndItsArticlesBecomeSearchable() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let old = try SQLiteStore(path: path, options: .init(), clock: FixedClock(), logger: quietLogger,
                                  migrations: Array(Schema.migrations.prefix(1)))
        #expect(try await old.schemaVersion() == 1)
        let stored = try await old.record(page("http://gd.spb.gov.cn/1.shtml", title: "关于加强邮政管理工作的通知",
                                               body: "各市局：现将有关事项通知如下。"))

        let upgraded = try SQLiteStore(path: path, clock: FixedClock(), logger: quietLogger)

        #expect(try await upgraded.schemaVersion() == Schema.latestVersion)
        #expect(try await upgraded.search("邮政管理", limit: 5).map(\.id) == [stored.articleID])
        #expect(try await upgraded.article(shortID: stored.shortID)?.versions.count == 1)
        #expect(try await upgraded.integrityCheck() == ["ok"])
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
        let broken = Schema.migrations + [
            Migration(version: 3, name: "broken step", sql: "CREATE TABLE half_done (x); SELEKT 1"),
        ]

        #expect(throws: StoreError.self) {
            _ = try SQLiteStore(path: path, options: .init(), clock: FixedClock(), logger: quietLogger, migrations: broken)
        }

        let raw = try SQLiteDatabase(path: path)
        #expect(try raw.userVersion() == 2)
        let table = try raw.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'")
        try table.step()
        #expect(table.int(at: 0) == 0)
        // The good steps stay: the store opens at version 2 with its tables.
        let reopened = try SQLiteStore(path: path, logger: quietLogger)
        #expect(try await reopened.schemaVersion() == 2)
    }

    @Test func theFileIsInWALModeAndKeepsEverythingAcrossReopening() async throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        var shortID = ""
        do {
            let store = try SQLiteStore(path: path, logger: quietLogger)
            shortID = try await store.record(page("http://gd.spb.gov.cn/1.shtml", body: "正文",
                                                  validators: Validators(etag: "\"e\""))).shortID
            try await store.enqueue([OutboxEntry(deliveryID: "d1", event: .sourceFailing, webhookID: "ops", payload: [1],
                                                 createdAt: at(0), nextAttemptAt: at(0))])
        }

        let raw = try SQLiteDatabase(path: path)
        #expect(try raw.pragmaRows("journal_mode") == ["wal"])
        let reopened = try SQLiteStore(path: path, logger: quietLogger)
        #expect(try await reopened.article(shortID: shortID) != nil)
        #expect(try await reopened.validators(for: "http://gd.spb.gov.cn/1.shtml") == Validators(etag: "\"e\""))
        #expect(try await reopened.pendingCount() == 2)
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
