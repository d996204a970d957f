import Foundation
import LibSQLite
import WatchCore

/// What `notify status` shows and what `notify resend --abandoned` changes.
extension SQLiteStore {
    public func deliveryStatus() throws -> [WebhookDeliveryStatus] {
        try rows(StoredText.deliveryStatusQuery) { row in
            WebhookDeliveryStatus(
                webhookID: try row.requiredString(at: 0, "outbox.webhook_id"),
                pending: row.int(at: 1), abandoned: row.int(at: 2), oldestPending: row.date(at: 3),
                failingSince: row.date(at: 4), lastError: row.string(at: 5),
                lastErrorAt: row.date(at: 6), lastSuccess: row.date(at: 7))
        }
    }

    public func requeue(webhookID: String, to newWebhookID: String, at: Date) throws -> Int {
        try transaction {
            try run(
                """
                UPDATE outbox SET state = 'pending', webhook_id = ?, attempts = 0, created_at = ?, next_attempt_at = ?,
                    finished_at = NULL
                WHERE webhook_id = ? AND state IN ('abandoned', 'pending')
                """, [.text(newWebhookID), .date(at), .date(at), .text(webhookID)])
        }
    }
}
