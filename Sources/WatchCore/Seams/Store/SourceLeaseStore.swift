import Foundation

/// Leases on sources, so daemons sharing one store poll each source once (issue 19). A daemon
/// claims the due sources before it polls them; `recordPollSuccess`/`recordPollFailure` end its
/// lease; a holder that dies leaves a lease that expires, and then another daemon takes the
/// source over. The store knows which daemon it works for (`DaemonIdentity`).
///
/// The defaults are a single daemon's: every claim succeeds. SQLite is one daemon per state
/// file already (`InstanceLock`), and the in-memory twin one per process.
public protocol SourceLeaseStore: Sendable {
    /// Claims each due source for this daemon, creating the record of a source never seen. A
    /// source is `claimed` unless another daemon holds an unexpired lease on it, or (`dueOnly`)
    /// its stored next due time lies beyond `now` (another daemon polled it). `dueOnly: false` is
    /// `fetch`, which polls now whatever the schedule says, but not beside a daemon's poll.
    func claimSources(_ requests: [SourceLeaseRequest], now: Date, dueOnly: Bool) async throws -> [String: SourceClaim]

    /// `claimSources`, with the start of each claimed source's poll (what `Store.pollStart`
    /// reads) for the requests that name their list page: a poll's first read is then part of
    /// its claim, not a statement of its own. A store that has no leases claims everything and
    /// hands out no starts (each poll reads its own).
    func claimPolls(_ requests: [SourceLeaseRequest], now: Date, dueOnly: Bool) async throws -> PollClaims

    /// The sources among `ids` a daemon's claim would refuse now because another daemon holds
    /// or has polled them (`held`, `notDue`), without claiming any. A daemon refused a source
    /// looks ahead with it: the sources it was about to claim one by one, another daemon has
    /// often polled already.
    func refusedClaims(of ids: [String], now: Date) async throws -> [String: SourceClaim]

    /// Ends every lease this daemon holds (a graceful stop: the polls cut short record nothing,
    /// and other daemons need not wait for the leases to expire).
    func releaseSourceLeases() async throws
}

extension SourceLeaseStore {
    public func claimSources(_ requests: [SourceLeaseRequest], now: Date, dueOnly: Bool) async throws
        -> [String: SourceClaim]
    {
        Dictionary(requests.map { ($0.sourceID, .claimed) }, uniquingKeysWith: { first, _ in first })
    }

    public func claimPolls(_ requests: [SourceLeaseRequest], now: Date, dueOnly: Bool) async throws -> PollClaims {
        PollClaims(verdicts: try await claimSources(requests, now: now, dueOnly: dueOnly))
    }

    /// Claims the sources that are due (a daemon's claim).
    public func claimSources(_ requests: [SourceLeaseRequest], now: Date) async throws -> [String: SourceClaim] {
        try await claimSources(requests, now: now, dueOnly: true)
    }

    public func refusedClaims(of ids: [String], now: Date) async throws -> [String: SourceClaim] { [:] }

    public func releaseSourceLeases() async throws {}
}
