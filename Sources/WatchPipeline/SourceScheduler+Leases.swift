import Foundation
import Logging
import WatchCore

/// Claims before polls: with several daemons on one store (issue 19) a due source is polled
/// only by the daemon whose claim takes its lease (`SourceLeaseStore`); the others re-plan it to
/// when the store says it is worth another look.
extension SourceScheduler {
    /// How long a source waits when its claim could not be made at all (the store unreachable);
    /// a source with a shorter interval waits its interval.
    public static var claimRetry: Duration { .seconds(30) }

    /// How long a source waits when another daemon's claim was writing its row: by then that
    /// claim has committed, and the next look sees its lease.
    public static var contendedRetry: Duration { .seconds(1) }

    /// The sources of `starting` this daemon may poll now. The rest go back into `plan`: a
    /// source another daemon holds until its lease expires (or one interval, if sooner), one it
    /// already polled until its stored next due time. `nil` when the store could not be asked
    /// (all of them wait `claimRetry`).
    func claim(
        _ starting: [SourceConfig], in plan: inout DuePlan, elapsed: () -> Duration
    ) async -> [SourceConfig]? {
        guard !starting.isEmpty else { return [] }
        let now = cycle.poller.clock.now
        let requests = starting.map { SourceLeaseRequest(polling: $0, at: now) }
        let claims: [String: SourceClaim]
        do {
            claims = try await cycle.store.claimSources(requests, now: now)
        } catch {
            logger.error("cannot claim the due sources; trying again later", metadata: ["error": "\(error)"])
            for source in starting {
                plan.putBack(source.id, wait: min(source.interval, Self.claimRetry), at: elapsed())
            }
            return nil
        }
        var claimed: [SourceConfig] = []
        for source in starting {
            switch claims[source.id] ?? .contended {
            case .claimed:
                claimed.append(source)
            case .held(let holder, let until):
                logger.debug(
                    "another daemon is polling the source", metadata: ["source": "\(source.id)", "by": "\(holder)"])
                // Its holder usually records the poll long before the lease runs out: one
                // interval on, the stored due time says when to look next.
                let wait = min(Self.wait(until: until, now: now, for: source), source.interval)
                plan.putBack(source.id, wait: wait, at: elapsed())
            case .notDue(let until):
                plan.putBack(source.id, wait: Self.wait(until: until, now: now, for: source), at: elapsed())
            case .contended:
                plan.putBack(source.id, wait: Self.contendedRetry, at: elapsed())
            }
        }
        return claimed
    }

    /// The wait until a stored time, never more than a lease or a backoff can last (a daemon
    /// whose clock runs far ahead must not park the source here for longer).
    static func wait(until: Date, now: Date, for source: SourceConfig) -> Duration {
        let horizon = PollSchedule().horizon(
            interval: source.interval, jitter: source.jitter, maxBackoff: source.maxBackoff)
        let longest = max(horizon, (SourcePoller.budget(for: source) + SourceLease.margin).seconds)
        let ahead = min(max(until.timeIntervalSince(now), 0), longest)
        return .milliseconds(Int64((ahead * 1000).rounded(.up)))
    }

    /// Ends this daemon's leases once it stops polling: the polls cut short recorded nothing, and
    /// the other daemons need not wait for the leases to expire. In a task of its own, as the
    /// scheduler's own task is cancelled by then.
    func releaseLeases() async {
        let store = cycle.store
        let logger = logger
        await Task {
            do {
                try await store.releaseSourceLeases()
            } catch {
                logger.warning("cannot release the source leases; they expire", metadata: ["error": "\(error)"])
            }
        }.value
    }
}
