import Foundation
import LibSQLite
import WatchCore

/// Each source's polling record.
extension SQLiteStore {
    public func recordPollSuccess(sourceID: String, kind: SourceRole, at: Date, nextDue: Date) throws {
        try transaction {
            try ensureSource(sourceID, kind: kind)
            // A recovered source shows no error: the last one is history once a poll succeeds.
            try run(
                """
                UPDATE sources SET consecutive_failures = 0, last_success = ?, next_due = ?, last_error_kind = NULL,
                    last_error_message = NULL, last_error_at = NULL WHERE id = ?
                """, [.date(at), .date(nextDue), .text(sourceID)])
        }
    }

    @discardableResult
    public func recordPollFailure(
        sourceID: String, kind: SourceRole, error: FetchError, at: Date,
        nextDue: Date
    ) throws -> Int {
        try transaction {
            try ensureSource(sourceID, kind: kind)
            try run(
                """
                UPDATE sources SET consecutive_failures = consecutive_failures + 1, last_error_kind = ?,
                    last_error_message = ?, last_error_at = ?, next_due = ? WHERE id = ?
                """, [.text(error.kind.rawValue), .text(error.message), .date(at), .date(nextDue), .text(sourceID)])
            return try row("SELECT consecutive_failures FROM sources WHERE id = ?", [.text(sourceID)]) {
                $0.int(at: 0)
            } ?? 0
        }
    }

    public func recordRobotsSkipped(sourceID: String, kind: SourceRole, count: Int) throws {
        try transaction {
            try ensureSource(sourceID, kind: kind)
            try run("UPDATE sources SET robots_skipped = ? WHERE id = ?", [.int(count), .text(sourceID)])
        }
    }

    public func reschedule(sourceID: String, nextDue: Date) throws {
        try run(
            "UPDATE sources SET next_due = ? WHERE id = ? AND next_due IS NOT NULL", [.date(nextDue), .text(sourceID)])
    }

    public func sourceHealth() throws -> [SourceStatus] {
        try rows("SELECT \(Self.sourceColumns) FROM sources ORDER BY id", [], Self.sourceStatus(from:))
    }

    public func dueTimes() throws -> [StoredDueTime] {
        try rows("SELECT id, next_due, consecutive_failures > 0 FROM sources WHERE next_due IS NOT NULL", []) { row in
            StoredDueTime(
                sourceID: try row.requiredString(at: 0, "sources.id"), nextDue: row.date(at: 1) ?? .distantPast,
                failing: row.int(at: 2) != 0)
        }
    }

    public func sourceStatus(_ sourceID: String) throws -> SourceStatus? {
        try rows("SELECT \(Self.sourceColumns) FROM sources WHERE id = ?", [.text(sourceID)], Self.sourceStatus(from:))
            .first
    }

    public func failingSources(atLeast failures: Int) throws -> [SourceStatus] {
        try rows(
            "SELECT \(Self.sourceColumns) FROM sources WHERE consecutive_failures >= ? ORDER BY id",
            [.integer(Int64(failures))], Self.sourceStatus(from:))
    }

    /// The columns `sourceStatus(from:)` reads, in its order.
    static let sourceColumns = """
        id, kind, next_due, consecutive_failures, last_error_kind, last_error_message, last_error_at,
            last_success, robots_skipped
        """

    static func sourceStatus(from row: SQLiteStatement) throws -> SourceStatus {
        SourceStatus(
            sourceID: try row.requiredString(at: 0, "sources.id"), kind: try row.sourceKind(at: 1),
            nextDue: row.date(at: 2), consecutiveFailures: row.int(at: 3),
            lastErrorKind: row.string(at: 4).flatMap(FetchError.Kind.init(rawValue:)),
            lastErrorMessage: row.string(at: 5), lastErrorAt: row.date(at: 6),
            lastSuccess: row.date(at: 7), robotsSkipped: row.int(at: 8))
    }
}
