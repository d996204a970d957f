import LibSQLite
import Testing

@Suite struct SQLiteValueAndPragmaTests {
    @Test func valuesBindPositionallyAndReadBackUnchanged() throws {
        let database = try SQLiteDatabase(path: ":memory:")
        try database.execute("CREATE TABLE t (i INTEGER, r REAL, s TEXT, b BLOB, n TEXT)")
        let insert = try database.prepare("INSERT INTO t VALUES (?, ?, ?, ?, ?)")
        try insert.bind([
            .integer(Int64(bitPattern: 0xF000_0000_0000_0001)), .real(1.5), .text("邮政"), .blob([0, 255]),
            .optionalText(nil),
        ])
        try insert.step()

        let select = try database.prepare("SELECT i, r, s, b, n FROM t")
        #expect(try select.step())
        #expect(UInt64(bitPattern: select.int64(at: 0)) == 0xF000_0000_0000_0001)
        #expect(select.double(at: 1) == 1.5)
        #expect(select.string(at: 2) == "邮政")
        #expect(select.bytes(at: 3) == [0, 255])
        #expect(select.isNull(at: 4))
    }

    @Test func userVersionIsWrittenByTheTransactionThatSetsIt() throws {
        let database = try SQLiteDatabase(path: ":memory:")
        #expect(try database.userVersion() == 0)
        try database.transaction { try database.setUserVersion(3) }
        #expect(try database.userVersion() == 3)
        #expect(throws: SQLiteError.self) {
            try database.transaction {
                try database.setUserVersion(4)
                try database.execute("SELEKT")
            }
        }
        #expect(try database.userVersion() == 3)
    }

    @Test func theLinkedSQLiteHasFTS5WithTheTrigramTokenizer() throws {
        #expect(SQLiteDatabase.hasCompileOption("ENABLE_FTS5"))
        let database = try SQLiteDatabase(path: ":memory:")
        try database.execute("CREATE VIRTUAL TABLE f USING fts5(body, tokenize = 'trigram')")
        try database.execute("INSERT INTO f VALUES ('国家邮政局管理快递')")
        #expect(try database.pragmaRows("integrity_check") == ["ok"])
        let match = try database.prepare("SELECT count(*) FROM f WHERE f MATCH '\"邮政局\"'")
        try match.step()
        #expect(match.int(at: 0) == 1)
    }
}
