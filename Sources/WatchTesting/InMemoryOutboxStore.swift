import Foundation
import WatchCore

/// An `OutboxStore` in memory, for tests of the delivery logic above the store. It keeps
/// delivered and abandoned entries so tests can see what happened to each.
public actor InMemoryOutboxStore: OutboxStore {
    /// What became of an entry.
    public enum State: Sendable, Hashable {
        case pending
        case delivered(at: Date)
        case abandoned
    }

    private var entries: [String: OutboxEntry] = [:]
    private var states: [String: State] = [:]
    private var order: [String] = []

    public init() {}

    public func enqueue(_ new: [OutboxEntry]) {
        for entry in new where entries[entry.deliveryID] == nil {
            entries[entry.deliveryID] = entry
            states[entry.deliveryID] = .pending
            order.append(entry.deliveryID)
        }
    }

    public func dueDeliveries(now: Date, limit: Int) -> [OutboxEntry] {
        let due = order.compactMap { id -> OutboxEntry? in
            guard states[id] == .pending, let entry = entries[id], entry.nextAttemptAt <= now else { return nil }
            return entry
        }
        return Array(due.sorted { ($0.nextAttemptAt, $0.createdAt) < ($1.nextAttemptAt, $1.createdAt) }.prefix(limit))
    }

    public func markDelivered(deliveryID: String, at: Date) {
        guard entries[deliveryID] != nil else { return }
        entries[deliveryID]?.attempts += 1
        states[deliveryID] = .delivered(at: at)
    }

    public func markFailed(deliveryID: String, error: String, nextAttemptAt: Date?) {
        guard entries[deliveryID] != nil else { return }
        entries[deliveryID]?.attempts += 1
        entries[deliveryID]?.lastError = error
        if let nextAttemptAt {
            entries[deliveryID]?.nextAttemptAt = nextAttemptAt
        } else {
            states[deliveryID] = .abandoned
        }
    }

    public func pendingCount() -> Int {
        states.values.filter { $0 == .pending }.count
    }

    /// The entry as it stands now (attempts, last error, next attempt).
    public func entry(_ deliveryID: String) -> OutboxEntry? { entries[deliveryID] }

    /// What became of the entry.
    public func state(_ deliveryID: String) -> State? { states[deliveryID] }

    /// Abandoned entries, for the "abandoned and counted" checks.
    public func abandonedCount() -> Int {
        states.values.filter { $0 == .abandoned }.count
    }
}
