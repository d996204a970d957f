import Foundation
import WatchCore

/// The outbox (`OutboxStore`) of the twin.
extension InMemoryStore {
    public func enqueue(_ entries: [OutboxEntry]) {
        write { $0.insertOutbox(entries) }
    }

    public func dueDeliveries(now: Date, limit: Int) -> [OutboxEntry] {
        due(now: now, limit: limit) { _ in true }
    }

    public func dueDeliveries(webhookID: String, now: Date, limit: Int) -> [OutboxEntry] {
        due(now: now, limit: limit) { $0.webhookID == webhookID }
    }

    public func dueWebhookIDs(now: Date) -> [String] {
        Set(due(now: now, limit: .max) { _ in true }.map(\.webhookID)).sorted()
    }

    /// Pending entries due at `now` that pass `filter`, by creation then insertion, like SQLite.
    private func due(now: Date, limit: Int, _ filter: (OutboxEntry) -> Bool) -> [OutboxEntry] {
        let due = state.outbox.enumerated().filter {
            $0.element.state == "pending" && $0.element.entry.nextAttemptAt <= now && filter($0.element.entry)
        }
        return Array(
            due.sorted { ($0.element.entry.createdAt, $0.offset) < ($1.element.entry.createdAt, $1.offset) }
                .prefix(max(0, limit)).map(\.element.entry))
    }

    public func markDelivered(deliveryID: String, at: Date) throws {
        guard let index = state.outbox.firstIndex(where: { $0.entry.deliveryID == deliveryID }) else {
            throw StoreError.unknownDelivery(deliveryID)
        }
        write { state in
            state.outbox[index].state = "delivered"
            state.outbox[index].entry.attempts += 1
            let webhookID = state.outbox[index].entry.webhookID
            var status = state.webhookStatus[webhookID] ?? WebhookDeliveryStatus(webhookID: webhookID)
            status.lastSuccess = at
            status.failingSince = nil
            state.webhookStatus[webhookID] = status
        }
    }

    public func markFailed(deliveryID: String, error: String, nextAttemptAt: Date?) throws {
        guard let index = state.outbox.firstIndex(where: { $0.entry.deliveryID == deliveryID }) else {
            throw StoreError.unknownDelivery(deliveryID)
        }
        guard state.outbox[index].state == "pending" else { return }
        let now = clock.now
        write { state in
            state.outbox[index].entry.attempts += 1
            state.outbox[index].entry.lastError = error
            if let nextAttemptAt {
                state.outbox[index].entry.nextAttemptAt = nextAttemptAt
            } else {
                state.outbox[index].state = "abandoned"
            }
            let webhookID = state.outbox[index].entry.webhookID
            var status = state.webhookStatus[webhookID] ?? WebhookDeliveryStatus(webhookID: webhookID)
            status.lastError = error
            status.lastErrorAt = now
            status.failingSince = status.failingSince ?? now
            state.webhookStatus[webhookID] = status
        }
    }

    public func pendingCount() -> Int {
        state.outbox.filter { $0.state == "pending" }.count
    }

    public func deliveryStatus() -> [WebhookDeliveryStatus] {
        let ids = Set(state.outbox.map(\.entry.webhookID)).union(state.webhookStatus.keys)
        return ids.sorted().map { id in
            var status = state.webhookStatus[id] ?? WebhookDeliveryStatus(webhookID: id)
            let rows = state.outbox.filter { $0.entry.webhookID == id }
            let pending = rows.filter { $0.state == "pending" }
            status.pending = pending.count
            status.abandoned = rows.filter { $0.state == "abandoned" }.count
            status.oldestPending = pending.map(\.entry.createdAt).min()
            return status
        }
    }

    public func requeue(webhookID: String, to newWebhookID: String, at: Date) -> Int {
        write { state in
            var count = 0
            for index in state.outbox.indices
            where state.outbox[index].entry.webhookID == webhookID && state.outbox[index].state != "delivered" {
                state.outbox[index].state = "pending"
                state.outbox[index].entry.webhookID = newWebhookID
                state.outbox[index].entry.attempts = 0
                state.outbox[index].entry.createdAt = at
                state.outbox[index].entry.nextAttemptAt = at
                count += 1
            }
            return count
        }
    }

    // MARK: for tests of the delivery worker

    /// The outbox entry as it stands now (attempts, last error, next attempt).
    public func outboxEntry(_ deliveryID: String) -> OutboxEntry? {
        state.outbox.first { $0.entry.deliveryID == deliveryID }?.entry
    }

    /// `pending`, `delivered` or `abandoned`, as SQLite's `outbox.state` says.
    public func outboxState(_ deliveryID: String) -> String? {
        state.outbox.first { $0.entry.deliveryID == deliveryID }?.state
    }
}
