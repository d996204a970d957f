import Foundation
import PostgresNIO
import WatchCore

/// Brings a database up to the newest schema, one step per transaction, under an advisory lock
/// so daemons starting together apply each step once. PostgreSQL's DDL is transactional: a
/// kill during a step leaves the database at the last completed one.
enum PostgresMigrator {
    /// Which steps were applied, and when (the SQLite store's `user_version`).
    static let createVersionTable = """
        CREATE TABLE IF NOT EXISTS bureauwatch_schema (
            version INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            applied_at DOUBLE PRECISION NOT NULL
        )
        """

    static func migrate(_ store: PostgresStore, steps: [PostgresMigration]) async throws {
        precondition(
            steps.enumerated().allSatisfy { $0.offset + 1 == $0.element.version },
            "migration steps must be numbered 1, 2, 3 … in order")
        let newest = steps.last?.version ?? 0
        for step in steps {
            let applied = try await store.transaction { db in
                try await db.run("SELECT pg_advisory_xact_lock(\(PostgresLocks.migration))")
                try await db.run(PostgresQuery(unsafeSQL: createVersionTable))
                let current = try await currentVersion(db)
                guard current <= newest else { throw StoreError.newerSchema(found: current, supported: newest) }
                guard current < step.version else { return false }
                do {
                    for statement in step.statements { try await db.run(PostgresQuery(unsafeSQL: statement)) }
                    let now = StoreValues.seconds(store.clock.now)
                    try await db.run(
                        """
                        INSERT INTO bureauwatch_schema (version, name, applied_at) VALUES (\(step.version), \(step.name), \(now))
                        """)
                } catch {
                    throw StoreError.migrationFailed(
                        version: step.version, name: step.name, reason: String(reflecting: error))
                }
                return true
            }
            if applied {
                store.logger.info(
                    "store schema migrated", metadata: ["version": "\(step.version)", "step": "\(step.name)"])
            }
        }
    }

    /// The newest step applied, 0 when none (or no version table yet).
    static func currentVersion(_ db: PostgresSession) async throws -> Int {
        let exists =
            try await db.row("SELECT to_regclass('bureauwatch_schema') IS NOT NULL") { try $0.bool(0) } ?? false
        guard exists else { return 0 }
        return try await db.row("SELECT coalesce(max(version), 0) FROM bureauwatch_schema") { try $0.int(0) } ?? 0
    }
}
