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
            let store: PostgresStore
            if let running {
                store = running
            } else {
                store = PostgresStore(url: url, clock: clock, daemonID: daemonID, logger: logger)
                Task { await store.run() }
            }
            do {
                let wasNew = try await store.schemaVersion() == 0
                try await store.migrate()
                return Opened(store: store, sqlite: nil, wasNew: wasNew)
            } catch {
                throw PostgresOpenFailed(url: url.redacted, reason: String(reflecting: error))
            }
        }
    }

    /// How long `existing` waits for a PostgreSQL server to answer.
    static let existingStateTimeout: Duration = .seconds(5)

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
            let store = PostgresStore(url: url, logger: logger)
            Task { await store.run() }
            do {
                return try await withThrowingTaskGroup(of: Bool.self) { group in
                    // The pool keeps trying a server out of reach: the look has a deadline.
                    group.addTask { try await store.schemaVersion() > 0 }
                    group.addTask {
                        try await Task.sleep(for: existingStateTimeout)
                        throw CancellationError()
                    }
                    defer { group.cancelAll() }
                    return try await group.next() == true ? store : nil
                }
            } catch is CancellationError {
                throw PostgresOpenFailed(url: url.redacted, reason: "no answer in \(existingStateTimeout)")
            } catch {
                throw PostgresOpenFailed(url: url.redacted, reason: String(reflecting: error))
            }
        }
    }

    /// The PostgreSQL store `config` names, its client not running yet (the daemon's service
    /// group runs it); nil for SQLite.
    static func postgresStore(_ config: Config, daemonID: String, logger: Logger) throws -> PostgresStore? {
        guard case .postgres(let text) = config.store else { return nil }
        return PostgresStore(url: try PostgresStoreURL(text), daemonID: daemonID, logger: logger)
    }
}
