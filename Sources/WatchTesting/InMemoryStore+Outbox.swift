import Foundation
import WatchCore

/// The outbox (`OutboxStore`) of the twin.
extension InMemoryStore {
    public func enqueue(_ entries: [OutboxEntry]) {
        write { $0.insertOutbox(entries) }
    }

    public func dueDeliveries(now: Date, limit: Int) -> [OutboxEntry] {
        let due = state.outbox.enumerated().filter { $0.element.state == "pending" && $0.element.entry.nextAttemptAt <= now }
        return Array(due.sorted { ($0.element.entry.createdAt, $0.offset) < ($1.element.entry.createdAt, $1.offset) }
            .prefix(max(0, limit)).map(\.element.entry))
    }

    public func markDelivered(deliveryID: String, at: Date) throws {
        guard let index = state.outbox.firstIndex(where: { $0.entry.deliveryID == deliveryID }) else {
            throw StoreError.unknownDelivery(deliveryID)
        }
        state.outbox[index].state = "delivered"
    }

    public func markFailed(deliveryID: String, error: String, nextAttemptAt: Date?) throws {
        guard let index = state.outbox.firstIndex(where: { $0.entry.deliveryID == deliveryID }) else {
            throw StoreError.unknownDelivery(deliveryID)
        }
        guard state.outbox[index].state == "pending" else { return }
        state.outbox[index].entry.attempts += 1
        state.outbox[index].entry.lastError = error
        if let nextAttemptAt {
            state.outbox[index].entry.nextAttemptAt = nextAttemptAt
        } else {
            state.outbox[index].state = "abandoned"
        }
    }

    public func pendingCount() -> Int {
        state.outbox.filter { $0.state == "pending" }.count
    }
}
