/// A SQLite failure: the result code, SQLite's message, and the statement involved.
public struct SQLiteError: Error, Equatable, CustomStringConvertible {
    /// The extended result code (e.g. 5 `SQLITE_BUSY`, 19 `SQLITE_CONSTRAINT`, 2067 unique).
    public let code: Int32
    public let message: String
    /// The SQL being prepared or run, when there was one.
    public let sql: String?

    public init(code: Int32, message: String, sql: String? = nil) {
        self.code = code
        self.message = message
        self.sql = sql
    }

    /// The primary result code (the low byte of the extended one).
    public var primaryCode: Int32 { code & 0xff }

    public var description: String {
        "SQLite error \(code): \(message)" + (sql.map { " in: \($0)" } ?? "")
    }
}
