import Foundation

/// The persistent webhook outbox. Entries are added by the store in the same transaction as the
/// article change they announce; the delivery worker drains them through this seam, one lane
/// per webhook.
public protocol OutboxStore: LaneLeaseStore, Sendable {
    /// Adds entries (used directly by tests, `notify resend` and the planners outside an
    /// article transaction). An entry whose delivery id is already there is left as it is.
    func enqueue(_ entries: [OutboxEntry]) async throws
    /// Entries whose `nextAttemptAt` is at or before `now`, oldest (by creation) first.
    func dueDeliveries(now: Date, limit: Int) async throws -> [OutboxEntry]
    /// The same, for one webhook's lane.
    func dueDeliveries(webhookID: String, now: Date, limit: Int) async throws -> [OutboxEntry]
    /// The webhooks with at least one entry due at `now`, by id.
    func dueWebhookIDs(now: Date) async throws -> [String]
    /// The webhook accepted the entry: it leaves the outbox, and the webhook's failing run ends.
    func markDelivered(deliveryID: String, at: Date) async throws
    /// The attempt failed: count it and wait until `nextAttemptAt`; `nil` abandons the entry
    /// (kept as abandoned, counted, not sent again unless re-queued). The webhook's last error
    /// is `error`, and it is failing from now on unless it already was.
    func markFailed(deliveryID: String, error: String, nextAttemptAt: Date?) async throws
    /// Entries still waiting (not delivered, not abandoned).
    func pendingCount() async throws -> Int
    /// Every webhook id with entries or attempts on record, by id.
    func deliveryStatus() async throws -> [WebhookDeliveryStatus]
    /// Puts the entries of `webhookID` that are abandoned or still waiting back in the queue for
    /// `newWebhookID` (the same id, or the new name of a renamed webhook), due at `at`, attempts
    /// and age starting over. Delivery ids stay: a receiver that deduplicates on them still can.
    /// Returns how many.
    func requeue(webhookID: String, to newWebhookID: String, at: Date) async throws -> Int
}
