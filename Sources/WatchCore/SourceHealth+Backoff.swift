import Foundation

extension SourceHealth {
    /// However often a source fails, it is tried again at least this often.
    public static let maxFailureDelay: Duration = .seconds(6 * 3600)

    /// After a successful poll at `now`: the failure count resets and the next poll is one
    /// `interval` away (the scheduler adds its jitter on top).
    public func recordingSuccess(at now: Date, interval: Duration) -> SourceHealth {
        var next = self
        next.consecutiveFailures = 0
        next.lastSuccessAt = now
        next.nextAttemptAt = now.addingTimeInterval(interval.seconds)
        return next
    }

    /// After a failed poll at `now`: the failure is recorded and the next attempt pushed out by
    /// `failureDelay`, and never before `notBefore` (a server's Retry-After).
    public func recordingFailure(_ error: FetchError, at now: Date, interval: Duration,
                                 notBefore: Date? = nil) -> SourceHealth {
        var next = self
        next.consecutiveFailures += 1
        next.lastErrorKind = error.kind
        next.lastErrorMessage = error.message
        next.lastErrorAt = now
        let backedOff = now.addingTimeInterval(
            Self.failureDelay(consecutiveFailures: next.consecutiveFailures, interval: interval).seconds)
        next.nextAttemptAt = max(backedOff, notBefore ?? backedOff)
        return next
    }

    /// The wait after the `consecutiveFailures`-th failure in a row: the interval, doubled for
    /// each failure after the first, capped at `maxFailureDelay` (a source polled less often
    /// than that keeps its own interval).
    public static func failureDelay(consecutiveFailures: Int, interval: Duration) -> Duration {
        let doublings = min(max(consecutiveFailures - 1, 0), 30) // 2^30 intervals passes any cap
        let grown = interval.seconds * Double(1 << doublings)
        let capped = min(grown, maxFailureDelay.seconds)
        return .milliseconds(Int64(max(capped, interval.seconds) * 1000))
    }
}
