import Foundation
import PostgresNIO
import WatchCore

/// Each source's polling record.
extension PostgresStore {
    // Each record below is one upsert: one round trip, where a transaction around "make sure the
    // row exists" and the update took four (BEGIN, INSERT, UPDATE, COMMIT) on every poll.

    public func recordPollSuccess(sourceID: String, kind: SourceRole, at: Date, nextDue: Date) async throws {
        let statement = Prepared<PollStatements.PollSuccess> {
            $0.append(sourceID)
            $0.append(kind.rawValue)
            $0.append(StoreValues.seconds(at))
            $0.append(StoreValues.seconds(nextDue))
            $0.append(daemonID)
        }
        try await read { db in try await db.run(statement) }
    }

    @discardableResult
    public func recordPollFailure(
        sourceID: String, kind: SourceRole, error: FetchError, at: Date,
        nextDue: Date
    ) async throws -> Int {
        try await read { db in
            try await db.row(
                """
                INSERT INTO sources (id, kind, consecutive_failures, last_error_kind, last_error_message,
                    last_error_at, next_due, last_polled_by)
                VALUES (\(sourceID), \(kind.rawValue), 1, \(error.kind.rawValue), \(error.message),
                    \(StoreValues.seconds(at)), \(StoreValues.seconds(nextDue)), \(daemonID))
                ON CONFLICT (id) DO UPDATE SET kind = excluded.kind,
                    consecutive_failures = sources.consecutive_failures + 1,
                    last_error_kind = excluded.last_error_kind, last_error_message = excluded.last_error_message,
                    last_error_at = excluded.last_error_at, next_due = excluded.next_due,
                    last_polled_by = excluded.last_polled_by, \(unescaped: Self.endOwnLease)
                RETURNING consecutive_failures
                """
            ) { try $0.int(0) } ?? 0
        }
    }

    /// The lease columns of an upsert that records a poll: this daemon's lease ends; another's,
    /// taken after this one's expired, stays.
    static let endOwnLease = """
        lease_expires_at = CASE WHEN sources.lease_holder = excluded.last_polled_by THEN NULL
            ELSE sources.lease_expires_at END,
        lease_holder = CASE WHEN sources.lease_holder = excluded.last_polled_by THEN NULL
            ELSE sources.lease_holder END
        """

    public func recordRobotsSkipped(sourceID: String, kind: SourceRole, count: Int) async throws {
        try await read { db in
            try await db.run(
                """
                INSERT INTO sources (id, kind, robots_skipped) VALUES (\(sourceID), \(kind.rawValue), \(count))
                ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, robots_skipped = excluded.robots_skipped
                """)
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

    public func dueTimes() async throws -> [StoredDueTime] {
        try await read { db in
            try await db.rows(
                "SELECT id, next_due, consecutive_failures > 0 FROM sources WHERE next_due IS NOT NULL"
            ) { row in
                StoredDueTime(
                    sourceID: try row.requiredString(0, "sources.id"), nextDue: try row.date(1) ?? .distantPast,
                    failing: try row.bool(2))
            }
        }
    }

    public func sourceStatus(_ sourceID: String) async throws -> SourceStatus? {
        try await read { db in
            try await db.rows(
                Prepared<PollStatements.SourceStatus> { $0.append(sourceID) }, Self.sourceStatus(from:)
            ).first
        }
    }

    public func pollStart(sourceID: String, listURL: String) async throws -> PollStart {
        let statement = Prepared<PollStatements.PollStart> {
            $0.append(sourceID)
            $0.append(listURL)
        }
        let start = try await read { db in try await db.rows(statement, Self.pollStart(from:)).first }
        return start ?? PollStart(previous: nil, listValidators: nil)
    }

    /// A poll's start from a row of the source's columns (`sourceColumns`, all NULL for a source
    /// with no row) and its list page's validators.
    static func pollStart(from row: StoreRow) throws -> PollStart {
        let validators = Validators(
            etag: try row.string(sourceColumnCount), lastModified: try row.string(sourceColumnCount + 1))
        return PollStart(
            previous: try row.string(0) == nil ? nil : try sourceStatus(from: row),
            listValidators: validators.isEmpty ? nil : validators)
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

    /// How many columns `sourceColumns` names: the columns after them are `pollStart`'s.
    static let sourceColumnCount = sourceColumns.split(separator: ",").count

    /// `sourceColumns` of the rows a claim took (`PollStatements.Claim`'s `c`).
    static let claimedColumns = sourceColumns.split(separator: ",")
        .map { "c." + $0.trimmingCharacters(in: .whitespacesAndNewlines) }.joined(separator: ", ")

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
