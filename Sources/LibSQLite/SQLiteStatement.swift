import CSQLite

/// A prepared statement. Owns the `sqlite3_stmt` and holds its database strongly,
/// so the connection cannot close under it.
public final class SQLiteStatement {
    private let handle: OpaquePointer
    private let database: SQLiteDatabase
    /// The SQL text, for error messages.
    public let sql: String

    init(database: SQLiteDatabase, sql: String) throws {
        var prepared: OpaquePointer?
        let code = sqlite3_prepare_v2(database.handle, sql, -1, &prepared, nil)
        guard code == SQLITE_OK, let prepared else {
            throw SQLiteError(code: code, message: database.lastErrorMessage, sql: sql)
        }
        self.handle = prepared
        self.database = database
        self.sql = sql
    }

    deinit {
        sqlite3_finalize(handle)
    }

    // MARK: binding (indexes start at 1, as in SQLite)

    public func bind(_ value: Int64?, at index: Int32) throws {
        guard let value else { return try bindNull(at: index) }
        try database.check(sqlite3_bind_int64(handle, index, value), sql: sql)
    }

    public func bind(_ value: Int?, at index: Int32) throws {
        try bind(value.map(Int64.init), at: index)
    }

    public func bind(_ value: Double?, at index: Int32) throws {
        guard let value else { return try bindNull(at: index) }
        try database.check(sqlite3_bind_double(handle, index, value), sql: sql)
    }

    public func bind(_ value: String?, at index: Int32) throws {
        guard let value else { return try bindNull(at: index) }
        try database.check(sqlite3_bind_text(handle, index, value, -1, bw_sqlite_transient()), sql: sql)
    }

    public func bind(_ value: [UInt8]?, at index: Int32) throws {
        guard let value else { return try bindNull(at: index) }
        let code = value.withUnsafeBytes { raw in
            sqlite3_bind_blob(handle, index, raw.baseAddress, Int32(raw.count), bw_sqlite_transient())
        }
        try database.check(code, sql: sql)
    }

    public func bindNull(at index: Int32) throws {
        try database.check(sqlite3_bind_null(handle, index), sql: sql)
    }

    // MARK: running

    /// Advances to the next row: `true` when a row is ready to read, `false` when done.
    @discardableResult
    public func step() throws -> Bool {
        let code = sqlite3_step(handle)
        try database.check(code, sql: sql)
        return code == SQLITE_ROW
    }

    /// Makes the statement ready to run again, clearing its bindings.
    public func reset() throws {
        sqlite3_reset(handle)
        try database.check(sqlite3_clear_bindings(handle), sql: sql)
    }

    // MARK: reading the current row (columns start at 0)

    public func isNull(at column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }
    public func int64(at column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }
    public func int(at column: Int32) -> Int { Int(sqlite3_column_int64(handle, column)) }
    public func double(at column: Int32) -> Double { sqlite3_column_double(handle, column) }

    public func string(at column: Int32) -> String? {
        guard let text = sqlite3_column_text(handle, column) else { return nil }
        return String(cString: text)
    }

    public func bytes(at column: Int32) -> [UInt8]? {
        guard !isNull(at: column) else { return nil }
        let count = Int(sqlite3_column_bytes(handle, column))
        guard count > 0, let blob = sqlite3_column_blob(handle, column) else { return [] }
        return Array(UnsafeRawBufferPointer(start: blob, count: count))
    }
}
