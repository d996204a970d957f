import Foundation
import Logging
import WatchConfig
import WatchCore
import WatchPostgres
import WatchStore

/// Opens the store the config names (`store:`): the SQLite file in the state folder, or a
/// PostgreSQL database (issue 19).
enum StoreOpening {
    struct Opened: Sendable {
        let store: any Store
        /// The SQLite store, for what only it has (the file guard, snapshots); nil on PostgreSQL.
        let sqlite: SQLiteStore?
        /// The PostgreSQL database had no schema before this open (the lost-store check).
        let wasNew: Bool
    }

    /// `daemonID` is the holder of the leases a PostgreSQL store takes (SQLite needs none).
    /// `running` is the daemon's PostgreSQL store, whose client its service group runs; without
    /// one, a store is made here with its client running for the rest of the process (a command
    /// ends with its process).
    static func open(
        _ config: Config, clock: any WallClock = SystemClock(), daemonID: String = DaemonIdentity.current(),
        running: PostgresStore? = nil, logger: Logger
    ) async throws -> Opened {
        switch config.store {
        case .sqlite:
            let path = (config.stateDir as NSString).appendingPathComponent(Runtime.databaseName)
            let store = try SQLiteStore(path: path, clock: clock, logger: logger)
            return Opened(store: store, sqlite: store, wasNew: false)
        case .postgres(let text):
            let url = try PostgresStoreURL(text)
            let store = running ?? commandStore(url, clock: clock, daemonID: daemonID, logger: logger)
            // A command's first look has a deadline; the daemon waits for its server.
            let version = try await schemaVersion(
                of: store, url: url, deadline: running == nil ? firstAnswerTimeout : nil)
            do {
                try await store.migrate()
                return Opened(store: store, sqlite: nil, wasNew: version == 0)
            } catch {
                throw PostgresOpenFailed(url: url.redacted, reason: String(reflecting: error))
            }
        }
    }

    /// How long a command waits for a PostgreSQL server's first answer (postgres-nio's connect
    /// timeout): the pool keeps trying a server out of reach, and a command must not hang on it.
    static let firstAnswerTimeout: Duration = .seconds(10)

    /// The store `config` names when it already holds a state, opened without creating or
    /// migrating anything (`check` only reads); nil when there is no state yet.
    static func existing(_ config: Config, logger: Logger) async throws -> (any Store)? {
        switch config.store {
        case .sqlite:
            let path = (config.stateDir as NSString).appendingPathComponent(Runtime.databaseName)
            guard FileManager.default.fileExists(atPath: path) else { return nil }
            return try SQLiteStore(path: path, logger: logger)
        case .postgres(let text):
            let url = try PostgresStoreURL(text)
            let store = commandStore(url, logger: logger)
            return try await schemaVersion(of: store, url: url, deadline: firstAnswerTimeout) > 0 ? store : nil
        }
    }

    /// The database's schema version, within `deadline` when one is given; a failure or no
    /// answer in time is a `PostgresOpenFailed` naming the server.
    private static func schemaVersion(of store: PostgresStore, url: PostgresStoreURL, deadline: Duration?)
        async throws -> Int
    {
        do {
            guard let deadline else { return try await store.schemaVersion() }
            return try await withThrowingTaskGroup(of: Int.self) { group in
                group.addTask { try await store.schemaVersion() }
                group.addTask {
                    try await Task.sleep(for: deadline)
                    throw CancellationError()
                }
                defer { group.cancelAll() }
                return try await group.next() ?? 0
            }
        } catch is CancellationError {
            throw PostgresOpenFailed(url: url.redacted, reason: "no answer in \(deadline.map { "\($0)" } ?? "time")")
        } catch {
            throw PostgresOpenFailed(url: url.redacted, reason: String(reflecting: error))
        }
    }

    /// A command's PostgreSQL store, its client running for the rest of the process (a command
    /// ends with its process).
    private static func commandStore(
        _ url: PostgresStoreURL, clock: any WallClock = SystemClock(), daemonID: String = DaemonIdentity.current(),
        logger: Logger
    ) -> PostgresStore {
        let store = PostgresStore(url: url, clock: clock, daemonID: daemonID, logger: logger)
        Task { await store.run() }
        return store
    }

    /// The PostgreSQL store `config` names, its client not running yet (the daemon's service
    /// group runs it); nil for SQLite.
    static func postgresStore(_ config: Config, daemonID: String, logger: Logger) throws -> PostgresStore? {
        guard case .postgres(let text) = config.store else { return nil }
        return PostgresStore(url: try PostgresStoreURL(text), daemonID: daemonID, logger: logger)
    }
}
