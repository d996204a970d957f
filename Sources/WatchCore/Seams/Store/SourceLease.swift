import Foundation

/// The durations of the leases several daemons sharing one store take (issue 19): a source is
/// held for one poll, a webhook's lane while it drains.
public enum SourceLease {
    /// Added to a poll's time budget: the budget cuts the poll short, then its failure is
    /// written; the margin covers that write and a few seconds of clock skew between machines,
    /// so a live holder never loses a lease it is still using.
    public static let margin: Duration = .seconds(10)

    /// A stored due time this close ahead counts as due: a daemon's own plan (on the monotonic
    /// clock) and the wall-clock time it stored drift apart by milliseconds.
    public static let dueTolerance: Duration = .milliseconds(100)

    /// When a lease taken at `now` for a poll of `budget` runs out: the budget plus `margin`.
    public static func expiry(now: Date, budget: Duration) -> Date {
        now.addingTimeInterval((budget + margin).seconds)
    }
}
