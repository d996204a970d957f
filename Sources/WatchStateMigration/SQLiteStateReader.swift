import Foundation
import LibSQLite
import WatchCore

/// Reads the SQLite state for `state migrate`: a connection that cannot write (`query_only`) and
/// one read transaction for the whole copy, so every table comes from the same moment. An actor
/// on a queue of its own: SQLite's calls block the thread, and the cooperative pool is not theirs.
actor SQLiteStateReader {
    private let executor = BlockingWorkExecutor(label: "bureauwatch.state-migrate")
    nonisolated var unownedExecutor: UnownedSerialExecutor { executor.asUnownedSerialExecutor() }
    private let database: SQLiteDatabase
    private var statement: SQLiteStatement?
    private var conversions: [ColumnConversion] = []

    /// Waits this long for a writer's lock rather than failing at once (the daemon is stopped,
    /// but a command such as `articles` may be checkpointing).
    static let busyTimeoutMilliseconds: Int32 = 5_000

    /// Opens the file at `path`, which must exist (the connection would create it otherwise).
    init(path: String) throws {
        guard FileManager.default.fileExists(atPath: path) else { throw StateMigrationError.noState(path: path) }
        database = try SQLiteDatabase(path: path)
        try database.setBusyTimeout(milliseconds: Self.busyTimeoutMilliseconds)
        try database.execute("PRAGMA query_only = ON; BEGIN")
    }

    /// The table's column names in SQLite's order, nil when there is no such table.
    func columns(of table: String) throws -> [String]? {
        let info = try database.prepare("SELECT name FROM pragma_table_info(?)")
        try info.bind(table, at: 1)
        var names: [String] = []
        while try info.step() { names += info.string(at: 0).map { [$0] } ?? [] }
        return names.isEmpty ? nil : names
    }

    /// Starts reading `table`'s rows, `columns` in that order.
    func start(_ table: CopiedTable, columns: [CopiedColumn]) throws {
        let list = columns.map(\.source).joined(separator: ", ")
        statement = try database.prepare("SELECT \(list) FROM \(table.name) ORDER BY \(table.order)")
        conversions = columns.map(\.conversion)
    }

    /// The next rows, up to `maxRows` of them or about `maxBytes` of text and blobs; empty at the end.
    func nextBatch(maxRows: Int, maxBytes: Int) throws -> [[SQLiteValue]] {
        guard let statement else { return [] }
        var rows: [[SQLiteValue]] = []
        var bytes = 0
        while rows.count < maxRows, bytes < maxBytes {
            // Dropped at the end: stepping a finished statement again would start it over.
            guard try statement.step() else {
                self.statement = nil
                break
            }
            let row = conversions.enumerated().map { $0.element.read(statement, Int32($0.offset)) }
            bytes += row.reduce(0) { $0 + Self.size(of: $1) }
            rows.append(row)
        }
        return rows
    }

    /// Ends the read transaction.
    func finish() {
        statement = nil
        try? database.execute("COMMIT")
    }

    private static func size(of value: SQLiteValue) -> Int {
        switch value {
        case .text(let text): text.utf8.count
        case .blob(let bytes): bytes.count
        default: 8
        }
    }
}
