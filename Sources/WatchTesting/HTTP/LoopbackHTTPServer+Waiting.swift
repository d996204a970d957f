import Foundation

extension LoopbackHTTPServer {
    /// Waits until at least `count` requests have arrived, or `deadline` has passed; returns
    /// whether they arrived. For tests that wait on a receiver instead of sleeping a guess.
    public func waitForRequests(_ count: Int, within deadline: Duration) async -> Bool {
        let clock = ContinuousClock()
        let end = clock.now.advanced(by: deadline)
        while requests.count < count {
            if clock.now >= end { return false }
            try? await Task.sleep(for: .milliseconds(10))
        }
        return true
    }
}
