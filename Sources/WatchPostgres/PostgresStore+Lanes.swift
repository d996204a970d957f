import Foundation
import PostgresNIO
import WatchCore

/// Webhook lane leases (`LaneLeaseStore`): one daemon at a time sends a webhook's entries.
extension PostgresStore {
    public func claimLane(webhookID: String, until: Date, now: Date) async throws -> Bool {
        try await read { db in
            try await db.run("INSERT INTO outbox_lanes (webhook_id) VALUES (\(webhookID)) ON CONFLICT DO NOTHING")
            // A lane another claim is writing is skipped: its claimer has it, or soon will.
            return try await db.run(
                """
                WITH free AS (
                    SELECT webhook_id FROM outbox_lanes
                    WHERE webhook_id = \(webhookID)
                        AND (holder IS NULL OR holder = \(daemonID) OR expires_at <= \(StoreValues.seconds(now)))
                    FOR UPDATE SKIP LOCKED
                )
                UPDATE outbox_lanes l SET holder = \(daemonID), expires_at = \(StoreValues.seconds(until))
                FROM free WHERE l.webhook_id = free.webhook_id
                RETURNING 1
                """) > 0
        }
    }

    public func releaseLane(webhookID: String, freeFrom: Date) async throws {
        try await read { db in
            try await db.run(
                """
                UPDATE outbox_lanes SET expires_at = \(StoreValues.seconds(freeFrom))
                WHERE webhook_id = \(webhookID) AND holder = \(daemonID)
                """)
        }
    }
}
