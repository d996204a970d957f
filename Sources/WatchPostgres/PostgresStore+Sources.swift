import Foundation
import PostgresNIO
import WatchCore

/// Each source's polling record.
extension PostgresStore {
    public func recordPollSuccess(sourceID: String, kind: SourceRole, at: Date, nextDue: Date) async throws {
        try await transaction { db in
            try await ensureSource(sourceID, kind: kind, db)
            // A recovered source shows no error: the last one is history once a poll succeeds. This
            // daemon's lease ends (another's, taken after this one's expired, stays).
            try await db.run(
                """
                UPDATE sources SET consecutive_failures = 0, last_success = \(StoreValues.seconds(at)),
                    next_due = \(StoreValues.seconds(nextDue)), last_error_kind = NULL, last_error_message = NULL,
                    last_error_at = NULL,
                    last_polled_by = \(daemonID),
                    lease_expires_at = CASE WHEN lease_holder = \(daemonID) THEN NULL ELSE lease_expires_at END,
                    lease_holder = CASE WHEN lease_holder = \(daemonID) THEN NULL ELSE lease_holder END
                WHERE id = \(sourceID)
                """)
        }
    }

    @discardableResult
    public func recordPollFailure(
        sourceID: String, kind: SourceRole, error: FetchError, at: Date,
        nextDue: Date
    ) async throws -> Int {
        try await transaction { db in
            try await ensureSource(sourceID, kind: kind, db)
            return try await db.row(
                """
                UPDATE sources SET consecutive_failures = consecutive_failures + 1,
                    last_error_kind = \(error.kind.rawValue), last_error_message = \(error.message),
                    last_error_at = \(StoreValues.seconds(at)), next_due = \(StoreValues.seconds(nextDue)),
                    last_polled_by = \(daemonID),
                    lease_expires_at = CASE WHEN lease_holder = \(daemonID) THEN NULL ELSE lease_expires_at END,
                    lease_holder = CASE WHEN lease_holder = \(daemonID) THEN NULL ELSE lease_holder END
                WHERE id = \(sourceID)
                RETURNING consecutive_failures
                """
            ) { try $0.int(0) } ?? 0
        }
    }

    public func recordRobotsSkipped(sourceID: String, kind: SourceRole, count: Int) async throws {
        try await transaction { db in
            try await ensureSource(sourceID, kind: kind, db)
            try await db.run("UPDATE sources SET robots_skipped = \(count) WHERE id = \(sourceID)")
        }
    }

    public func reschedule(sourceID: String, nextDue: Date) async throws {
        try await read { db in
            try await db.run(
                """
                UPDATE sources SET next_due = \(StoreValues.seconds(nextDue)) WHERE id = \(sourceID) AND next_due IS NOT NULL
                """)
        }
    }

    public func sourceHealth() async throws -> [SourceStatus] {
        try await read { db in
            try await db.rows(
                "SELECT \(unescaped: Self.sourceColumns) FROM sources ORDER BY id", Self.sourceStatus(from:))
        }
    }

    public func sourceStatus(_ sourceID: String) async throws -> SourceStatus? {
        try await read { db in
            try await db.row(
                "SELECT \(unescaped: Self.sourceColumns) FROM sources WHERE id = \(sourceID)",
                Self.sourceStatus(from:))
        }
    }

    public func failingSources(atLeast failures: Int) async throws -> [SourceStatus] {
        try await read { db in
            try await db.rows(
                """
                SELECT \(unescaped: Self.sourceColumns) FROM sources WHERE consecutive_failures >= \(failures) ORDER BY id
                """, Self.sourceStatus(from:))
        }
    }

    /// The columns `sourceStatus(from:)` reads, in its order.
    static let sourceColumns = """
        id, kind, next_due, consecutive_failures, last_error_kind, last_error_message, last_error_at,
            last_success, robots_skipped, last_polled_by, lease_holder, lease_expires_at
        """

    static func sourceStatus(from row: StoreRow) throws -> SourceStatus {
        SourceStatus(
            sourceID: try row.requiredString(0, "sources.id"), kind: try row.sourceKind(1),
            nextDue: try row.date(2), consecutiveFailures: try row.int(3),
            lastErrorKind: try row.string(4).flatMap(FetchError.Kind.init(rawValue:)),
            lastErrorMessage: try row.string(5), lastErrorAt: try row.date(6),
            lastSuccess: try row.date(7), robotsSkipped: try row.int(8), lastPolledBy: try row.string(9),
            lease: try row.lease(holder: 10, expiry: 11))
    }
}
