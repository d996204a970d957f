import Foundation

/// The persistent webhook outbox. Entries are added by the store in the same transaction as the
/// article change they announce; the delivery worker drains them through this seam.
public protocol OutboxStore: Sendable {
    /// Adds entries (used directly by tests and `notify test`; the pipeline enqueues inside its
    /// article transaction).
    func enqueue(_ entries: [OutboxEntry]) async throws
    /// Entries whose `nextAttemptAt` is at or before `now`, oldest first.
    func dueDeliveries(now: Date, limit: Int) async throws -> [OutboxEntry]
    /// The webhook answered 2xx: the entry leaves the outbox.
    func markDelivered(deliveryID: String, at: Date) async throws
    /// The attempt failed: count it and wait until `nextAttemptAt`; `nil` abandons the entry
    /// (kept as abandoned, counted, never sent again).
    func markFailed(deliveryID: String, error: String, nextAttemptAt: Date?) async throws
    /// Entries still waiting (not delivered, not abandoned).
    func pendingCount() async throws -> Int
}
