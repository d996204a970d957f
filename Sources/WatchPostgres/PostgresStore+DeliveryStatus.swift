import Foundation
import PostgresNIO
import WatchCore

/// What `notify status` shows and what `notify resend --abandoned` changes.
extension PostgresStore {
    public func deliveryStatus() async throws -> [WebhookDeliveryStatus] {
        try await read { db in
            try await db.rows(PostgresQuery(unsafeSQL: StoredText.deliveryStatusQuery)) { row in
                WebhookDeliveryStatus(
                    webhookID: try row.requiredString(0, "outbox.webhook_id"),
                    pending: try row.int(1), abandoned: try row.int(2), oldestPending: try row.date(3),
                    failingSince: try row.date(4), lastError: try row.string(5),
                    lastErrorAt: try row.date(6), lastSuccess: try row.date(7))
            }
        }
    }

    public func requeue(webhookID: String, to newWebhookID: String, at: Date) async throws -> Int {
        let when = StoreValues.seconds(at)
        return try await transaction { db in
            try await db.run(
                """
                UPDATE outbox SET state = 'pending', webhook_id = \(newWebhookID), attempts = 0, created_at = \(when),
                    next_attempt_at = \(when), finished_at = NULL
                WHERE webhook_id = \(webhookID) AND state IN ('abandoned', 'pending')
                RETURNING 1
                """)
        }
    }
}
