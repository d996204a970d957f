import Foundation

extension PollSchedule {
    /// The next poll of a healthy source whose interval a reload changed: one new interval after
    /// its last successful poll (never before `now`). `nil` leaves the stored time: a source
    /// never polled has none, and a failing one keeps its backoff.
    public func replanned(
        _ status: SourceStatus, interval: Duration, jitter: Double, unit: Double,
        now: Date
    ) -> Date? {
        guard status.nextDue != nil, status.consecutiveFailures == 0, let last = status.lastSuccess else { return nil }
        return max(nextDue(after: last, interval: interval, jitter: jitter, unit: unit), now)
    }
}
