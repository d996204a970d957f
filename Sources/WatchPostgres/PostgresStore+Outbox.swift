import Foundation
import PostgresNIO
import WatchCore

/// The webhook outbox (`OutboxStore`).
extension PostgresStore {
    public func enqueue(_ entries: [OutboxEntry]) async throws {
        try await transaction { db in try await insertOutbox(entries, db) }
    }

    /// Adds entries; an entry whose delivery id is already there is left as it is (enqueueing
    /// the same event twice must not deliver it twice).
    func insertOutbox(_ entries: [OutboxEntry], _ db: PostgresSession) async throws {
        for entry in entries {
            try await db.run(
                """
                INSERT INTO outbox (delivery_id, event, webhook_id, payload, attempts, created_at, next_attempt_at, last_error)
                VALUES (\(entry.deliveryID), \(entry.event.rawValue), \(entry.webhookID), \(StoreValues.bytes(entry.payload)),
                    \(entry.attempts), \(StoreValues.seconds(entry.createdAt)), \(StoreValues.seconds(entry.nextAttemptAt)),
                    \(entry.lastError))
                ON CONFLICT (delivery_id) DO NOTHING
                """)
        }
    }

    /// The outbox columns `outboxEntry` reads, in its order.
    static let outboxColumns = """
        delivery_id, event, webhook_id, payload, attempts, created_at, next_attempt_at, last_error
        """

    public func dueDeliveries(now: Date, limit: Int) async throws -> [OutboxEntry] {
        try await read { db in
            try await db.rows(
                """
                SELECT \(unescaped: Self.outboxColumns) FROM outbox
                WHERE state = 'pending' AND next_attempt_at <= \(StoreValues.seconds(now))
                ORDER BY created_at, seq LIMIT \(limit)
                """
            ) { try Self.outboxEntry($0, now: now) }
        }
    }

    public func dueDeliveries(webhookID: String, now: Date, limit: Int) async throws -> [OutboxEntry] {
        try await read { db in
            try await db.rows(
                """
                SELECT \(unescaped: Self.outboxColumns) FROM outbox
                WHERE webhook_id = \(webhookID) AND state = 'pending' AND next_attempt_at <= \(StoreValues.seconds(now))
                ORDER BY created_at, seq LIMIT \(limit)
                """
            ) { try Self.outboxEntry($0, now: now) }
        }
    }

    public func dueWebhookIDs(now: Date) async throws -> [String] {
        try await read { db in
            try await db.rows(
                """
                SELECT DISTINCT webhook_id FROM outbox
                WHERE state = 'pending' AND next_attempt_at <= \(StoreValues.seconds(now)) ORDER BY webhook_id
                """
            ) { try $0.requiredString(0, "outbox.webhook_id") }
        }
    }

    static func outboxEntry(_ row: StoreRow, now: Date) throws -> OutboxEntry {
        let eventName = try row.string(1) ?? ""
        guard let event = EventKind(rawValue: eventName) else {
            throw StoreError.corrupt("outbox event \"\(eventName)\"")
        }
        return OutboxEntry(
            deliveryID: try row.requiredString(0, "outbox.delivery_id"), event: event,
            webhookID: try row.requiredString(2, "outbox.webhook_id"),
            payload: try row.bytes(3), attempts: try row.int(4),
            createdAt: try row.date(5) ?? now, nextAttemptAt: try row.date(6) ?? now,
            lastError: try row.string(7))
    }

    public func markDelivered(deliveryID: String, at: Date) async throws {
        try await transaction { db in
            let webhookID = try await webhook(of: deliveryID, db)
            try await db.run(
                """
                UPDATE outbox SET state = 'delivered', attempts = attempts + 1, finished_at = \(StoreValues.seconds(at))
                WHERE delivery_id = \(deliveryID)
                """)
            try await db.run(
                """
                INSERT INTO webhook_status (webhook_id, last_success) VALUES (\(webhookID), \(StoreValues.seconds(at)))
                ON CONFLICT (webhook_id) DO UPDATE SET last_success = excluded.last_success, failing_since = NULL
                """)
        }
    }

    public func markFailed(deliveryID: String, error: String, nextAttemptAt: Date?) async throws {
        let now = StoreValues.seconds(clock.now)
        let next = StoreValues.seconds(nextAttemptAt)
        try await transaction { db in
            let webhookID = try await webhook(of: deliveryID, db)
            // Only a pending entry counts a failure: a late failure report cannot revive a finished one.
            let changed = try await db.run(
                """
                UPDATE outbox SET attempts = attempts + 1, last_error = \(error),
                    state = CASE WHEN \(next)::double precision IS NULL THEN 'abandoned' ELSE 'pending' END,
                    next_attempt_at = coalesce(\(next)::double precision, next_attempt_at),
                    finished_at = CASE WHEN \(next)::double precision IS NULL THEN \(now)::double precision END
                WHERE delivery_id = \(deliveryID) AND state = 'pending'
                RETURNING 1
                """)
            guard changed > 0 else { return }
            try await db.run(
                """
                INSERT INTO webhook_status (webhook_id, failing_since, last_error, last_error_at)
                VALUES (\(webhookID), \(now), \(error), \(now))
                ON CONFLICT (webhook_id) DO UPDATE SET last_error = excluded.last_error,
                    last_error_at = excluded.last_error_at,
                    failing_since = coalesce(webhook_status.failing_since, excluded.failing_since)
                """)
        }
    }

    /// The webhook an entry belongs to; an unknown delivery id is an error.
    private func webhook(of deliveryID: String, _ db: PostgresSession) async throws -> String {
        guard
            let webhookID = try await db.row(
                "SELECT webhook_id FROM outbox WHERE delivery_id = \(deliveryID)",
                {
                    try $0.string(0)
                }) ?? nil
        else { throw StoreError.unknownDelivery(deliveryID) }
        return webhookID
    }

    public func pendingCount() async throws -> Int {
        try await read { db in
            try await db.row("SELECT count(*) FROM outbox WHERE state = 'pending'") { try $0.int(0) } ?? 0
        }
    }
}
