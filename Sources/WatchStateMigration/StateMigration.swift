import Foundation
import Logging
import PostgresNIO
import WatchCore
import WatchPostgres

/// Copies an SQLite state into an empty PostgreSQL database (`bureauwatch state migrate`, issue 19):
/// every table but SQLite's full-text index, ids unchanged, in one PostgreSQL transaction (all or
/// nothing). The target's schema comes from the PostgreSQL store's own migrator first; columns
/// are copied by name, so a PostgreSQL-only column (a lease, a sequence number) keeps its default.
/// The caller makes sure no daemon writes the SQLite file meanwhile.
public struct StateMigration: Sendable {
    public let sqlitePath: String
    let client: PostgresClient
    let clock: any WallClock
    let connectionWait: Duration
    let logger: Logger

    /// A migration of the SQLite file at `sqlitePath` into `client`'s database (the client must be
    /// running). A wait for a connection longer than `connectionWait` fails the copy with
    /// `PostgresUnreachable`.
    public init(
        sqlitePath: String, client: PostgresClient, clock: any WallClock = SystemClock(),
        connectionWait: Duration = PostgresStore.defaultConnectionWait, logger: Logger
    ) {
        self.sqlitePath = sqlitePath
        self.client = client
        self.clock = clock
        self.connectionWait = connectionWait
        self.logger = logger
    }

    /// Runs the copy; throws `StateMigrationError.targetNotEmpty`, untouched, for a database that
    /// holds rows.
    public func run() async throws -> StateMigrationReport {
        let started = ContinuousClock.now
        // Every table is checked before the schema is created or brought up to date, so a refused
        // database is left as it was; the copied ones again under their locks, inside the copy's
        // transaction (a later step's tables may come with rows of their own).
        // The store's connections, so that each wait for one is bounded: the pool's own would wait
        // for ever on a server that cannot be reached.
        let store = PostgresStore(client: client, clock: clock, connectionWait: connectionWait, logger: logger)
        try await store.withPooledConnection { try await Self.refuseRows(in: target($0)) }
        try await store.migrate()
        let reader = try SQLiteStateReader(path: sqlitePath)
        let copies = try await store.withPooledConnection { connection in
            try await connection.inTransaction(logger: logger) {
                try await Self.copyAll(from: reader, into: target(connection))
            }
        }
        await reader.finish()
        return StateMigrationReport(
            tables: copies.map { CopiedRows(table: $0.table, rows: $0.rows, seconds: $0.seconds) },
            leftColumns: copies.flatMap { copy in copy.leftColumns.map { "\(copy.table).\($0)" } },
            seconds: (ContinuousClock.now - started).seconds)
    }

    /// Every table, under locks, with the secondary indexes dropped first and built again after.
    private static func copyAll(from reader: SQLiteStateReader, into target: PostgresTarget) async throws
        -> [TableCopy]
    {
        let names = CopiedTable.all.map(\.name)
        try await target.lock(names)
        try await refuseRows(in: target, among: Set(names))
        let indexes = try await target.secondaryIndexes(of: names)
        for index in indexes {
            try await target.run(PostgresQuery(unsafeSQL: "DROP INDEX \(PostgresTarget.quoted(index.name))"))
        }
        var copies: [TableCopy] = []
        for table in CopiedTable.all {
            let copy = try await TableCopy.run(table, from: reader, to: target)
            target.logger.debug(
                "state migrate copied a table",
                metadata: ["table": "\(table.name)", "rows": "\(copy.rows)", "seconds": "\(copy.seconds)"])
            copies.append(copy)
        }
        try await build(indexes, in: target)
        return copies
    }

    private func target(_ connection: PostgresConnection) -> PostgresTarget {
        PostgresTarget(connection: connection, logger: logger)
    }

    /// Memory for building the indexes again, for this transaction only: the server's default
    /// (64 MB) is small for a trigram index over every body.
    static let indexBuildMemory = "256MB"

    private static func build(_ indexes: [SecondaryIndex], in target: PostgresTarget) async throws {
        try await target.run(PostgresQuery(unsafeSQL: "SET LOCAL maintenance_work_mem = '\(indexBuildMemory)'"))
        for index in indexes { try await target.run(PostgresQuery(unsafeSQL: index.definition)) }
    }

    private static func refuseRows(in target: PostgresTarget, among: Set<String>? = nil) async throws {
        let found = try await target.tablesWithRows(among: among)
        guard found.isEmpty else { throw StateMigrationError.targetNotEmpty(found) }
    }
}
