import Foundation
import LibSQLite
import Testing

@Suite struct SQLiteDatabaseSmokeTests {
    @Test func opensAWALDatabaseInATemporaryFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bw-sqlite-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("state.sqlite").path

        let database = try SQLiteDatabase(path: path)
        #expect(try database.setJournalMode("WAL") == "wal")
        try database.execute("CREATE TABLE article (id INTEGER PRIMARY KEY, title TEXT NOT NULL)")
        try database.transaction {
            let insert = try database.prepare("INSERT INTO article (title) VALUES (?)")
            try insert.bind("国家邮政局通知", at: 1)
            try insert.step()
        }
        #expect(FileManager.default.fileExists(atPath: path + "-wal"))

        let reopened = try SQLiteDatabase(path: path)
        let select = try reopened.prepare("SELECT title FROM article")
        #expect(try select.step())
        #expect(select.string(at: 0) == "国家邮政局通知")
    }

    @Test func errorsNameTheCodeAndTheStatement() throws {
        let database = try SQLiteDatabase(path: ":memory:")
        do {
            _ = try database.prepare("SELEKT 1")
            Issue.record("a syntax error was accepted")
        } catch let error as SQLiteError {
            #expect(error.primaryCode == 1)
            #expect(error.sql == "SELEKT 1")
            #expect(error.message.contains("syntax error"))
        }
    }

    @Test func aFailedTransactionLeavesNothing() throws {
        let database = try SQLiteDatabase(path: ":memory:")
        try database.execute("CREATE TABLE t (v TEXT UNIQUE)")
        #expect(throws: SQLiteError.self) {
            try database.transaction {
                try database.execute("INSERT INTO t VALUES ('a')")
                try database.execute("INSERT INTO t VALUES ('a')")
            }
        }
        let count = try database.prepare("SELECT count(*) FROM t")
        try count.step()
        #expect(count.int(at: 0) == 0)
    }
}
