import Foundation

/// Leases on webhook lanes, so one daemon at a time sends a webhook's entries (issue 19): its
/// order and `rate:` pacing hold across daemons, and a killed sender's lane expires back to
/// the pool, where another daemon resends the unacknowledged entry under the same delivery id.
///
/// The defaults are a single daemon's: every claim succeeds.
public protocol LaneLeaseStore: Sendable {
    /// Takes the lane of `webhookID` for this daemon until `until`, or renews this daemon's
    /// lease on it. False when another daemon holds it at `now`.
    func claimLane(webhookID: String, until: Date, now: Date) async throws -> Bool

    /// Gives up this daemon's lane: another daemon may take it from `freeFrom` on (the pacing
    /// gap after the last send, or a pause the receiver asked for).
    func releaseLane(webhookID: String, freeFrom: Date) async throws
}

extension LaneLeaseStore {
    public func claimLane(webhookID: String, until: Date, now: Date) async throws -> Bool { true }

    public func releaseLane(webhookID: String, freeFrom: Date) async throws {}
}
