import Testing

@testable import WatchFetch

extension HostGate {
    /// Waits (bounded) until `count` tasks wait for a slot; fails the test if they never do.
    func waitForWaiters(_ count: Int) async throws {
        let deadline = ContinuousClock.now + .seconds(10)
        while waitingCount < count {
            try #require(ContinuousClock.now < deadline, "never saw \(count) waiters")
            await Task.yield()
        }
    }
}
