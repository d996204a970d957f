import Foundation
import WatchCore

/// When a failed webhook delivery is tried again (WatchFetch's `RetryPolicy` is about fetches):
/// `base` after the first failure, doubling, at most `cap` apart; given up once `maxAge` has
/// passed since the entry was created.
public struct DeliveryRetryPolicy: Sendable, Hashable {
    public var base: Duration
    public var cap: Duration
    public var maxAge: Duration

    /// DESIGN's policy: 1 min doubling, capped at 1 h, abandoned after 24 h.
    public static let standard = DeliveryRetryPolicy(base: .seconds(60), cap: .seconds(3600), maxAge: .seconds(86_400))

    public init(base: Duration, cap: Duration, maxAge: Duration) {
        self.base = base
        self.cap = cap
        self.maxAge = maxAge
    }

    /// The wait after the `failures`-th failed attempt (1 → base, 2 → 2·base, …, ≤ cap).
    public func delay(afterFailures failures: Int) -> Duration {
        let exponent = min(max(failures - 1, 0), 30)
        let seconds = min(base.seconds * Double(1 << exponent), cap.seconds)
        return .milliseconds(Int64(seconds * 1000))
    }

    /// The next attempt after the `failures`-th failure at `now`, or `nil` to abandon.
    public func nextAttempt(createdAt: Date, failures: Int, now: Date) -> Date? {
        let next = now.addingTimeInterval(delay(afterFailures: failures).seconds)
        return next.timeIntervalSince(createdAt) > maxAge.seconds ? nil : next
    }
}
