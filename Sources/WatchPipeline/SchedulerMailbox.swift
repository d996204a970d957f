import Synchronization

/// Where the scheduler's tasks leave what happened (a poll ended, a nap ran out) for its loop to
/// take all at once. A task group hands its results over one at a time, and each turn of the loop
/// makes a claim: the polls that ended while a claim was in flight then cost a round trip each.
/// Taken together, they make one claim that records them all and starts their successors, so the
/// faster polls end, the larger the batches grow (a group commit), and a lone poll waits for none.
final class SchedulerMailbox<Event: Sendable>: Sendable {
    private struct State {
        var events: [Event] = []
        var waiter: CheckedContinuation<[Event], Never>?
    }

    private let state = Mutex(State())

    /// Leaves `event` for the loop, waking it if it waits.
    func post(_ event: Event) {
        let waiter = state.withLock { state -> CheckedContinuation<[Event], Never>? in
            guard let waiter = state.waiter else {
                state.events.append(event)
                return nil
            }
            state.waiter = nil
            return waiter
        }
        waiter?.resume(returning: [event])
    }

    /// Every event left since the last take, in the order they came; waits for one when there is
    /// none. A cancelled task gets what is there, possibly nothing, at once. One taker at a time.
    func take() async -> [Event] {
        if let ready = takeReady() { return ready }
        return await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                let ready = state.withLock { state -> [Event]? in
                    guard state.events.isEmpty, !Task.isCancelled else { return Self.drain(&state.events) }
                    state.waiter = continuation
                    return nil
                }
                if let ready { continuation.resume(returning: ready) }
            }
        } onCancel: {
            let waiter = state.withLock { state -> CheckedContinuation<[Event], Never>? in
                defer { state.waiter = nil }
                return state.waiter
            }
            waiter?.resume(returning: [])
        }
    }

    /// Every event left, without waiting (`[]` when there is none).
    func drain() -> [Event] {
        state.withLock { Self.drain(&$0.events) }
    }

    /// Whether the loop waits for an event now (for tests).
    var hasWaiter: Bool { state.withLock { $0.waiter != nil } }

    private func takeReady() -> [Event]? {
        state.withLock { $0.events.isEmpty ? nil : Self.drain(&$0.events) }
    }

    private static func drain(_ events: inout [Event]) -> [Event] {
        defer { events = [] }
        return events
    }
}
