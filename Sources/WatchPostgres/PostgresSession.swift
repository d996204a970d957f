import Logging
import PostgresNIO

/// One borrowed connection and the logger its statements log to: what the store's SQL helpers
/// run on, inside a transaction or not. Every result is read whole before the next statement,
/// as one connection runs one statement at a time.
struct PostgresSession {
    let connection: PostgresConnection
    let logger: Logger

    /// Runs a statement; returns how many rows it returned (use `RETURNING 1` to count changes).
    @discardableResult
    func run(_ query: PostgresQuery) async throws -> Int {
        try await connection.query(query, logger: logger).collect().count
    }

    /// Every row of a query, each read by `read`.
    func rows<T>(_ query: PostgresQuery, _ read: (StoreRow) throws -> T) async throws -> [T] {
        try await connection.query(query, logger: logger).collect().map { try read(StoreRow($0)) }
    }

    /// Runs a prepared statement; returns how many rows it returned.
    @discardableResult
    func run<SQL>(_ statement: Prepared<SQL>) async throws -> Int {
        try await rows(statement) { _ in () }.count
    }

    /// Every row of a prepared statement, each read by `read`.
    func rows<SQL, T>(_ statement: Prepared<SQL>, _ read: (StoreRow) throws -> T) async throws -> [T] {
        var rows: [T] = []
        try await forEachRow(statement) { rows.append(try read($0)) }
        return rows
    }

    /// Hands each row of a prepared statement to `read` as it arrives.
    func forEachRow<SQL>(_ statement: Prepared<SQL>, _ read: (StoreRow) throws -> Void) async throws {
        for try await row in try await connection.execute(statement, logger: logger) {
            try read(StoreRow(row))
        }
    }

    /// The first row of a query, if any.
    func row<T>(_ query: PostgresQuery, _ read: (StoreRow) throws -> T) async throws -> T? {
        try await rows(query, read).first
    }
}
