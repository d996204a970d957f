import Foundation
import LibSQLite
import WatchCore

/// What `notify status` shows and what `notify resend --abandoned` changes.
extension SQLiteStore {
    public func deliveryStatus() throws -> [WebhookDeliveryStatus] {
        try rows("""
            SELECT w.id,
                (SELECT count(*) FROM outbox WHERE webhook_id = w.id AND state = 'pending'),
                (SELECT count(*) FROM outbox WHERE webhook_id = w.id AND state = 'abandoned'),
                (SELECT min(created_at) FROM outbox WHERE webhook_id = w.id AND state = 'pending'),
                s.failing_since, s.last_error, s.last_error_at, s.last_success
            FROM (SELECT webhook_id AS id FROM outbox UNION SELECT webhook_id FROM webhook_status) AS w
            LEFT JOIN webhook_status AS s ON s.webhook_id = w.id
            ORDER BY w.id
            """) { row in
            WebhookDeliveryStatus(webhookID: try row.requiredString(at: 0, "outbox.webhook_id"),
                                  pending: row.int(at: 1), abandoned: row.int(at: 2), oldestPending: row.date(at: 3),
                                  failingSince: row.date(at: 4), lastError: row.string(at: 5),
                                  lastErrorAt: row.date(at: 6), lastSuccess: row.date(at: 7))
        }
    }

    public func requeue(webhookID: String, to newWebhookID: String, at: Date) throws -> Int {
        try transaction {
            try run("""
                UPDATE outbox SET state = 'pending', webhook_id = ?, attempts = 0, created_at = ?, next_attempt_at = ?,
                    finished_at = NULL
                WHERE webhook_id = ? AND state IN ('abandoned', 'pending')
                """, [.text(newWebhookID), .date(at), .date(at), .text(webhookID)])
        }
    }
}
