import Foundation
import Synchronization

/// The store's calls waiting for a pooled connection, each ended with `PostgresUnreachable` once
/// it has waited `limit` (looked at every `tick`, so a wait ends within `limit + tick`). One
/// look a second for the whole store: a timer per call kept each cancelled one until its
/// deadline: about 10 000 at a time in a busy daemon, 4 MB of its peak.
final class ConnectionWaits: Sendable {
    /// How often the waits are looked at.
    static let tick: Duration = .seconds(1)

    let limit: Duration
    private let waiting = Mutex<(next: Int, since: [Int: (ContinuousClock.Instant, ConnectionHandoff)])>((0, [:]))
    private let watch = Mutex<Task<Void, Never>?>(nil)

    init(limit: Duration) {
        self.limit = limit
    }

    deinit {
        watch.withLock { $0?.cancel() }
    }

    /// Starts counting `handoff`'s wait; `end(_:)` with the number returned when it is over.
    func begin(_ handoff: ConnectionHandoff) -> Int {
        startWatching()
        return waiting.withLock { waiting in
            defer { waiting.next += 1 }
            waiting.since[waiting.next] = (ContinuousClock.now, handoff)
            return waiting.next
        }
    }

    /// The waits under way (for tests).
    var count: Int { waiting.withLock { $0.since.count } }

    func end(_ wait: Int) {
        _ = waiting.withLock { $0.since.removeValue(forKey: wait) }
    }

    /// Fails every wait that has lasted `limit`.
    func expireOverdue(now: ContinuousClock.Instant = .now) {
        let overdue = waiting.withLock { waiting -> [ConnectionHandoff] in
            let expired = waiting.since.filter { $0.value.0 + limit <= now }
            for key in expired.keys { waiting.since.removeValue(forKey: key) }
            return expired.values.map(\.1)
        }
        for handoff in overdue { handoff.fail(PostgresUnreachable(wait: limit)) }
    }

    /// The looks, from the first wait on, for as long as the store lives.
    private func startWatching() {
        watch.withLock { watch in
            guard watch == nil else { return }
            watch = Task { [weak self] in
                while !Task.isCancelled {
                    try? await Task.sleep(for: Self.tick)
                    guard let self else { return }
                    self.expireOverdue()
                }
            }
        }
    }
}
