import Foundation
import Logging
import PostgresNIO
import WatchCore

/// The daemon's `Store` in a PostgreSQL database (`store: postgres://…`), so several daemons and
/// the CLI on any machine can share one state. It holds no state of its own: every call borrows
/// a connection from `client`, whose `run()` must be going (the daemon's service group; a task
/// group in tests). Each write that SQLite does in one transaction is one transaction here, and
/// the writes that decide where a page belongs take one advisory lock (`PostgresLocks`), so
/// their look-ups and inserts are as serial as the SQLite store's.
public final class PostgresStore: Store {
    let client: PostgresClient
    let clock: any WallClock
    let logger: Logger
    /// The daemon this store works for: the holder of the leases it takes (`SourceLeaseStore`,
    /// `LaneLeaseStore`) and the poller it records.
    public let daemonID: String
    /// Where the watch-file writes a transaction makes run: off the cooperative pool.
    let fileWork = BlockingWork(label: "bureauwatch.postgres-files")
    /// The calls waiting for a connection from the pool, each failed with `PostgresUnreachable`
    /// once it has waited `connectionWait` (`withPooledConnection`).
    let connectionWaits: ConnectionWaits

    /// The longest wait for a pooled connection, by default: longer than one of postgres-nio's
    /// connection attempts (10 s), so a server that answers slowly still gets its chance, and
    /// short enough that a daemon whose server went away logs it, retries, and stops when told.
    public static let defaultConnectionWait: Duration = .seconds(15)

    /// A store on `client`, not yet migrated: `open` is the usual way in.
    public init(
        client: PostgresClient, clock: any WallClock = SystemClock(), daemonID: String = DaemonIdentity.current(),
        connectionWait: Duration = PostgresStore.defaultConnectionWait, logger: Logger
    ) {
        self.client = client
        self.clock = clock
        self.daemonID = daemonID
        self.connectionWaits = ConnectionWaits(limit: connectionWait)
        self.logger = logger
    }

    /// A store on `client` with its database migrated to the newest schema (the client must be
    /// running).
    public static func open(
        client: PostgresClient, clock: any WallClock = SystemClock(), daemonID: String = DaemonIdentity.current(),
        connectionWait: Duration = PostgresStore.defaultConnectionWait, logger: Logger
    ) async throws -> PostgresStore {
        let store = PostgresStore(
            client: client, clock: clock, daemonID: daemonID, connectionWait: connectionWait, logger: logger)
        try await store.migrate()
        return store
    }

    /// The schema version the database is at (0 before the first migration).
    public func schemaVersion() async throws -> Int {
        try await read { db in try await PostgresMigrator.currentVersion(db) }
    }

    // MARK: connection helpers

    /// Runs `body` on one connection, outside a transaction (each statement commits on its own).
    @discardableResult
    func read<T: Sendable>(_ body: (PostgresSession) async throws -> T) async throws -> T {
        try await withSession(body)
    }

    /// Runs `body` on the connection this task holds in `exclusiveIngest`, or on one borrowed
    /// from the pool.
    func withSession<T: Sendable>(_ body: (PostgresSession) async throws -> T) async throws -> T {
        if let held = HeldSession.current, held.store == ObjectIdentifier(self) {
            return try await body(held.session)
        }
        return try await withPooledConnection { connection in
            try await body(PostgresSession(connection: connection, logger: logger))
        }
    }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws, its
    /// own error rethrown (`PostgresConnection.inTransaction`).
    @discardableResult
    func transaction<T: Sendable>(_ body: (PostgresSession) async throws -> T) async throws -> T {
        try await withSession { session in
            try await session.connection.inTransaction(logger: session.logger) { try await body(session) }
        }
    }

    /// `transaction` holding the lock that serialises the writes deciding where a page belongs.
    func lockedTransaction<T: Sendable>(_ body: (PostgresSession) async throws -> T) async throws -> T {
        try await transaction { db in
            try await db.run("SELECT pg_advisory_xact_lock(\(PostgresLocks.articles))")
            return try await body(db)
        }
    }
}
