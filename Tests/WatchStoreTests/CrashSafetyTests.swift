import Foundation
import LibSQLite
import Testing
import WatchCore
import WatchTesting

/// A writer killed with SIGKILL at any moment leaves every page all there or not there at all,
/// and running it again duplicates nothing. The writer is a real process (`store-torture`).
@Suite(.serialized) struct CrashSafetyTests {
    static let pages = 60

    /// Killed while holding page `n`'s open transaction (its rows written, not committed).
    @Test(arguments: [1, 9, 40])
    func aKillInsideAPagesTransactionLeavesNoneOfThatPage(holdAt: Int) throws {
        let folder = try StoreFixture.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("state.sqlite").path

        let victim = try TortureProcess(database: path, pages: Self.pages, holdAt: holdAt)
        try victim.waitFor("holding \(holdAt)")
        victim.killHard()

        #expect(victim.process.terminationReason == .uncaughtSignal)
        try Self.verify(path, storedPages: holdAt - 1)
        try Self.resumeAndVerify(path)
    }

    /// Killed while running freely, right after it reported `n` commits.
    @Test(arguments: [2, 25, 50])
    func aKillAtAnyMomentLosesNoCommittedPage(afterCommits: Int) throws {
        let folder = try StoreFixture.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("state.sqlite").path

        let victim = try TortureProcess(database: path, pages: Self.pages)
        try victim.waitFor("committed \(afterCommits)")
        victim.killHard()

        let stored = try Self.verify(path, storedPages: nil)
        #expect(stored >= victim.lastCommitted)
        try Self.resumeAndVerify(path)
    }

    /// Runs the writer again over the same pages: what was stored is recognised, not duplicated.
    static func resumeAndVerify(_ path: String) throws {
        let rerun = try TortureProcess(database: path, pages: pages)
        #expect(try rerun.finish() == 0)
        #expect(try verify(path, storedPages: pages) == pages)
    }

    /// Checks the file and that pages 1…k are stored whole and nothing else; returns k.
    @discardableResult
    static func verify(_ path: String, storedPages expected: Int?) throws -> Int {
        let database = try SQLiteDatabase(path: path)
        #expect(try database.pragmaRows("integrity_check") == ["ok"])
        #expect(try database.pragmaRows("foreign_key_check").isEmpty)

        let stored = try count(database, "SELECT count(*) FROM sightings")
        if let expected { #expect(stored == expected) }
        for page in 1...max(1, stored) where stored > 0 {
            let url = SyntheticPages.url(of: page)
            #expect(
                try count(database, "SELECT count(*) FROM sightings WHERE url = '\(url)'") == 1, "page \(page) missing")
            #expect(
                try count(database, "SELECT count(*) FROM seen_urls WHERE url = '\(url)'") == 1, "page \(page) unseen")
        }
        let articles = SyntheticPages.articleCount(pages: stored)
        #expect(try count(database, "SELECT count(*) FROM articles") == articles)
        #expect(try count(database, "SELECT count(DISTINCT first_url) FROM articles") == articles)
        #expect(try count(database, "SELECT count(*) FROM versions") == articles)
        #expect(try count(database, "SELECT count(*) FROM outbox") == articles)
        #expect(try count(database, "SELECT count(*) FROM article_texts") == articles)
        #expect(try count(database, "SELECT count(*) FROM seen_urls") == stored)
        // Each article has its version 1, its first sighting and its article.new delivery.
        #expect(
            try count(
                database,
                """
                SELECT count(*) FROM articles a
                WHERE (SELECT count(*) FROM versions v WHERE v.article_id = a.id AND v.version = 1) != 1
                   OR NOT EXISTS (SELECT 1 FROM sightings s WHERE s.article_id = a.id AND s.url = a.first_url)
                   OR (SELECT count(*) FROM outbox o WHERE o.delivery_id = 'new-' || a.short_id || '-ops') != 1
                """) == 0)
        return stored
    }

    static func count(_ database: SQLiteDatabase, _ sql: String) throws -> Int {
        let statement = try database.prepare(sql)
        try statement.step()
        return statement.int(at: 0)
    }
}
