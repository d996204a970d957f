import Foundation
import LibSQLite
import WatchCore

/// The webhook outbox (`OutboxStore`).
extension SQLiteStore {
    public func enqueue(_ entries: [OutboxEntry]) throws {
        try transaction { try insertOutbox(entries) }
    }

    /// Adds entries; an entry whose delivery id is already there is left as it is (enqueueing
    /// the same event twice must not deliver it twice).
    func insertOutbox(_ entries: [OutboxEntry]) throws {
        for entry in entries {
            try run(
                """
                INSERT INTO outbox (delivery_id, event, webhook_id, payload, attempts, created_at, next_attempt_at, last_error)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (delivery_id) DO NOTHING
                """,
                [
                    .text(entry.deliveryID), .text(entry.event.rawValue), .text(entry.webhookID), .blob(entry.payload),
                    .integer(Int64(entry.attempts)), .date(entry.createdAt), .date(entry.nextAttemptAt),
                    .optionalText(entry.lastError),
                ])
        }
    }

    public func dueDeliveries(now: Date, limit: Int) throws -> [OutboxEntry] {
        try rows(
            """
            SELECT delivery_id, event, webhook_id, payload, attempts, created_at, next_attempt_at, last_error
            FROM outbox WHERE state = 'pending' AND next_attempt_at <= ? ORDER BY created_at, rowid LIMIT ?
            """, [.date(now), .integer(Int64(limit))]
        ) { try Self.outboxEntry($0, now: now) }
    }

    public func dueDeliveries(webhookID: String, now: Date, limit: Int) throws -> [OutboxEntry] {
        try rows(
            """
            SELECT delivery_id, event, webhook_id, payload, attempts, created_at, next_attempt_at, last_error
            FROM outbox WHERE webhook_id = ? AND state = 'pending' AND next_attempt_at <= ?
            ORDER BY created_at, rowid LIMIT ?
            """, [.text(webhookID), .date(now), .integer(Int64(limit))]
        ) { try Self.outboxEntry($0, now: now) }
    }

    public func dueWebhookIDs(now: Date) throws -> [String] {
        try rows(
            """
            SELECT DISTINCT webhook_id FROM outbox WHERE state = 'pending' AND next_attempt_at <= ? ORDER BY webhook_id
            """, [.date(now)]
        ) { try $0.requiredString(at: 0, "outbox.webhook_id") }
    }

    static func outboxEntry(_ row: SQLiteStatement, now: Date) throws -> OutboxEntry {
        let eventName = row.string(at: 1) ?? ""
        guard let event = EventKind(rawValue: eventName) else {
            throw StoreError.corrupt("outbox event \"\(eventName)\"")
        }
        return OutboxEntry(
            deliveryID: try row.requiredString(at: 0, "outbox.delivery_id"), event: event,
            webhookID: try row.requiredString(at: 2, "outbox.webhook_id"),
            payload: row.bytes(at: 3) ?? [], attempts: row.int(at: 4),
            createdAt: row.date(at: 5) ?? now, nextAttemptAt: row.date(at: 6) ?? now,
            lastError: row.string(at: 7))
    }

    public func markDelivered(deliveryID: String, at: Date) throws {
        try transaction {
            let webhookID = try webhookID(ofDelivery: deliveryID)
            try run(
                "UPDATE outbox SET state = 'delivered', attempts = attempts + 1, finished_at = ? WHERE delivery_id = ?",
                [.date(at), .text(deliveryID)])
            try run(
                """
                INSERT INTO webhook_status (webhook_id, last_success) VALUES (?, ?)
                ON CONFLICT (webhook_id) DO UPDATE SET last_success = excluded.last_success, failing_since = NULL
                """, [.text(webhookID), .date(at)])
        }
    }

    public func markFailed(deliveryID: String, error: String, nextAttemptAt: Date?) throws {
        let now = clock.now
        try transaction {
            let webhookID = try webhookID(ofDelivery: deliveryID)
            // Only a pending entry counts a failure: a late failure report cannot revive a finished one.
            let changed = try run(
                """
                UPDATE outbox SET attempts = attempts + 1, last_error = ?,
                    state = iif(?2 IS NULL, 'abandoned', 'pending'),
                    next_attempt_at = coalesce(?2, next_attempt_at),
                    finished_at = iif(?2 IS NULL, ?3, NULL)
                WHERE delivery_id = ?4 AND state = 'pending'
                """, [.text(error), .optionalDate(nextAttemptAt), .date(now), .text(deliveryID)])
            guard changed > 0 else { return }
            try run(
                """
                INSERT INTO webhook_status (webhook_id, failing_since, last_error, last_error_at) VALUES (?1, ?2, ?3, ?2)
                ON CONFLICT (webhook_id) DO UPDATE SET last_error = excluded.last_error,
                    last_error_at = excluded.last_error_at,
                    failing_since = coalesce(webhook_status.failing_since, excluded.failing_since)
                """, [.text(webhookID), .date(now), .text(error)])
        }
    }

    /// The webhook a delivery goes to; an id the outbox does not hold is an error.
    private func webhookID(ofDelivery deliveryID: String) throws -> String {
        let found = try row("SELECT webhook_id FROM outbox WHERE delivery_id = ?", [.text(deliveryID)]) {
            $0.string(at: 0)
        }
        guard let webhookID = found ?? nil else { throw StoreError.unknownDelivery(deliveryID) }
        return webhookID
    }

    public func pendingCount() throws -> Int {
        try row("SELECT count(*) FROM outbox WHERE state = 'pending'") { $0.int(at: 0) } ?? 0
    }
}
