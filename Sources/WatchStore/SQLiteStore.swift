import Foundation
import LibSQLite
import Logging
import WatchCore

/// The daemon's `Store` in one SQLite file (WAL mode). An actor: one connection, every call
/// serialised on it; each write is one `BEGIN IMMEDIATE … COMMIT`. The actor runs on a queue of
/// its own (`BlockingWorkExecutor`), so SQLite statements and the fsyncs of commits and watch
/// files never hold one of Swift's cooperative threads.
/// Other processes (the CLI) may open the same file: WAL lets them read while the daemon writes.
public actor SQLiteStore: Store {
    private let executor = BlockingWorkExecutor(label: "bureauwatch.store")
    public nonisolated var unownedExecutor: UnownedSerialExecutor { executor.asUnownedSerialExecutor() }
    let database: SQLiteDatabase
    let clock: any WallClock
    let logger: Logger
    /// The file's path, for messages.
    public nonisolated let path: String
    /// The file opened at `path`, checked before each write (nil when it could not be read).
    private let fileIdentity: DatabaseFileIdentity?
    /// Prepared statements by SQL text, reused across calls (a page runs a dozen of them).
    private var statements: [String: SQLiteStatement] = [:]

    /// Opens (creating if needed) the store at `path` and migrates it to the newest schema.
    public init(
        path: String, options: SQLiteStoreOptions = .init(), clock: any WallClock = SystemClock(),
        logger: Logger
    ) throws {
        try self.init(path: path, options: options, clock: clock, logger: logger, migrations: Schema.migrations)
    }

    init(
        path: String, options: SQLiteStoreOptions, clock: any WallClock, logger: Logger,
        migrations: [Migration]
    ) throws {
        let database = try SQLiteDatabase(path: path)
        try database.setBusyTimeout(milliseconds: options.busyTimeoutMilliseconds)
        let mode = try database.setJournalMode("WAL")
        if mode.lowercased() != "wal" {
            logger.warning("store is not in WAL mode", metadata: ["path": "\(path)", "mode": "\(mode)"])
        }
        try database.execute("PRAGMA synchronous = \(options.synchronous.rawValue); PRAGMA foreign_keys = ON")
        try Migrator.migrate(database, steps: migrations, logger: logger)
        self.database = database
        self.clock = clock
        self.logger = logger
        self.path = path
        self.fileIdentity = DatabaseFileIdentity.of(path: path)
    }

    /// Throws `StoreError.fileReplaced` when the file at `path` is no longer the one this store
    /// opened (deleted, or another file renamed over it). Every write transaction checks first.
    public func checkFile() throws {
        guard let fileIdentity else { return }
        guard DatabaseFileIdentity.of(path: path) == fileIdentity else { throw StoreError.fileReplaced(path: path) }
    }

    /// `PRAGMA integrity_check`: `["ok"]` for a sound file, else SQLite's findings.
    public func integrityCheck() throws -> [String] {
        try database.pragmaRows("integrity_check")
    }

    /// The schema version the file is at.
    public func schemaVersion() throws -> Int {
        try database.userVersion()
    }

    /// Moves the WAL's pages into the main file and truncates the WAL (for size measurements).
    public func checkpoint() throws {
        _ = try database.pragmaRows("wal_checkpoint(TRUNCATE)")
    }

    // MARK: statement helpers

    private func statement(_ sql: String) throws -> SQLiteStatement {
        if let cached = statements[sql] { return cached }
        let prepared = try database.prepare(sql)
        statements[sql] = prepared
        return prepared
    }

    /// Runs a statement that returns no rows; returns the rows it changed.
    @discardableResult
    func run(_ sql: String, _ values: [SQLiteValue] = []) throws -> Int {
        let prepared = try statement(sql)
        defer { try? prepared.reset() }
        try prepared.bind(values)
        try prepared.step()
        return database.changes
    }

    /// Every row of a query, each read by `read`.
    func rows<T>(_ sql: String, _ values: [SQLiteValue] = [], _ read: (SQLiteStatement) throws -> T) throws -> [T] {
        let prepared = try statement(sql)
        defer { try? prepared.reset() }
        try prepared.bind(values)
        var result: [T] = []
        while try prepared.step() {
            result.append(try read(prepared))
        }
        return result
    }

    /// The first row of a query, if any.
    func row<T>(_ sql: String, _ values: [SQLiteValue] = [], _ read: (SQLiteStatement) throws -> T) throws -> T? {
        let prepared = try statement(sql)
        defer { try? prepared.reset() }
        try prepared.bind(values)
        return try prepared.step() ? try read(prepared) : nil
    }

    func transaction<T>(_ body: () throws -> T) throws -> T {
        try checkFile()
        return try database.transaction(body)
    }
}
