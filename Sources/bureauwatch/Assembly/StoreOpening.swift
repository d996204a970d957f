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
    static func open(
        _ config: Config, clock: any WallClock = SystemClock(), daemonID: String = DaemonIdentity.current(),
        logger: Logger
    ) async throws -> Opened {
        switch config.store {
        case .sqlite:
            let path = (config.stateDir as NSString).appendingPathComponent(Runtime.databaseName)
            let store = try SQLiteStore(path: path, clock: clock, logger: logger)
            return Opened(store: store, sqlite: store, wasNew: false)
        case .postgres(let text):
            let url = try PostgresStoreURL(text)
            let store = PostgresStore(url: url, clock: clock, daemonID: daemonID, logger: logger)
            // The client runs for the process's life until the daemon's service group runs it
            // (issue 19: leases come with that); a command ends with its process.
            Task { await store.run() }
            do {
                let wasNew = try await store.schemaVersion() == 0
                try await store.migrate()
                return Opened(store: store, sqlite: nil, wasNew: wasNew)
            } catch {
                throw PostgresOpenFailed(url: url.redacted, reason: String(reflecting: error))
            }
        }
    }
}
