import Foundation

/// A daemon's lease on a source, with several daemons sharing one store (issue 19): the daemon
/// polling the source now, and until when; a lease past its expiry is free for another daemon to
/// take. Its static members are how long the leases on sources and webhooks' lanes are taken for.
public struct SourceLease: Sendable, Hashable, Codable {
    public var holder: String
    public var expiresAt: Date

    /// The lease a store keeps as a holder and an expiry; nil where either is missing (no lease).
    public init?(holder: String?, expiresAt: Date?) {
        guard let holder, let expiresAt else { return nil }
        self.holder = holder
        self.expiresAt = expiresAt
    }

    /// Whether the lease still holds at `now`: an expired one is no one's (its holder died, and
    /// the next daemon to look takes the source).
    public func holds(at now: Date) -> Bool { expiresAt > now }

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
