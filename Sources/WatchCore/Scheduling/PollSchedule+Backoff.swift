import Foundation

extension PollSchedule {
    /// The wait after the `consecutiveFailures`-th failed poll in a row: the interval, doubled
    /// for each failure after the first, capped at `cap` (`max_backoff`). A source polled less
    /// often than the cap keeps its own interval: backoff never polls more often than asked.
    public func failureDelay(consecutiveFailures: Int, interval: Duration, cap: Duration) -> Duration {
        let doublings = min(max(consecutiveFailures - 1, 0), 30) // 2^30 intervals passes any cap
        let grown = interval.seconds * Double(1 << doublings)
        let capped = min(grown, cap.seconds)
        return .milliseconds(Int64(max(capped, interval.seconds) * 1000))
    }

    /// The latest a stored due time can legitimately lie ahead of now: one interval plus its
    /// jitter, or `maxBackoff` (pass zero for a source that is not failing), plus `replanSlack`. A stored due time
    /// beyond this was computed before the wall clock stepped back (or by a clock that ran
    /// ahead), and waiting for it would leave the source unpolled for the size of the step.
    public func horizon(interval: Duration, jitter: Double, maxBackoff: Duration) -> TimeInterval {
        max(interval.seconds * (1 + jitter), maxBackoff.seconds) + Self.replanSlack
    }

    /// How far ahead of `now` a source whose stored due time is `stored` should be polled:
    /// zero when it is overdue, the stored wait when it is plausible, and zero again (poll now)
    /// when it lies beyond `horizon`: re-planned after a backward clock step.
    public func wait(untilStored stored: Date, now: Date, horizon: TimeInterval) -> (wait: Duration, replanned: Bool) {
        let ahead = stored.timeIntervalSince(now)
        if ahead <= 0 { return (.zero, false) }
        if ahead > horizon { return (.zero, true) }
        return (.milliseconds(Int64(ahead * 1000)), false)
    }

    /// Room for a Retry-After a little longer than the backoff, and for rounding.
    public static let replanSlack: TimeInterval = 60
}
