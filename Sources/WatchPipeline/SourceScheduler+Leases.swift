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

    /// One source the daemon claimed, and what its claim read for the poll.
    struct ClaimedPoll: Sendable {
        let source: SourceConfig
        let start: PollStart?
    }

    /// What one claim came to: the polls to start, and whether another daemon had got to a
    /// source first (then `lookAhead`, once those polls have started), or is polling one now.
    struct ClaimRound: Sendable {
        var polls: [ClaimedPoll] = []
        var refusedByOthers = false
        var heldByOthers = 0
    }

    /// The sources of `starting` this daemon may poll now, each with its poll's start. The rest
    /// go back into `plan` (`putBack(_:refused:…)`). `nil` when the store could not be asked (all
    /// of them wait `claimRetry`). The successes of `finished` are recorded by the same call.
    func claim(
        _ starting: [SourceConfig], recording finished: [PollReport], in plan: inout DuePlan,
        elapsed: () -> Duration
    ) async -> ClaimRound? {
        guard !starting.isEmpty else { return ClaimRound() }
        let now = cycle.poller.clock.now
        let requests = starting.map { SourceLeaseRequest(polling: $0, at: now) }
        let claims: PollClaims
        do {
            claims = try await cycle.store.claimPolls(
                requests, now: now, dueOnly: true, recording: finished.compactMap(\.unrecordedSuccess))
        } catch {
            logger.error("cannot claim the due sources; trying again later", metadata: ["error": "\(error)"])
            for source in starting {
                plan.putBack(source.id, wait: min(source.interval, Self.claimRetry), at: elapsed())
            }
            return nil
        }
        var round = ClaimRound()
        for source in starting {
            let verdict = claims.verdicts[source.id] ?? .contended
            if verdict == .claimed {
                round.polls.append(ClaimedPoll(source: source, start: claims.starts[source.id]))
            } else {
                round.refusedByOthers = round.refusedByOthers || verdict != .contended
                if case .held = verdict { round.heldByOthers += 1 }
                putBack(source, refused: verdict, now: now, in: &plan, elapsed: elapsed())
            }
        }
        return round
    }

    /// Records the successes of `finished` that no claim carried. In a task of its own: at
    /// shutdown the scheduler's task is cancelled, and a poll that ended is still recorded.
    func recordUnclaimed(_ finished: [PollReport]) async {
        let records = finished.compactMap(\.unrecordedSuccess)
        guard !records.isEmpty else { return }
        let store = cycle.store
        let now = cycle.poller.clock.now
        do {
            _ = try await Task { try await store.claimPolls([], now: now, dueOnly: true, recording: records) }.value
        } catch {
            notKept(finished, error: error)
        }
    }

    /// The polls whose success could not be recorded: each is polled again when its plan says,
    /// but the store (and any other daemon) still sees it due.
    private func notKept(_ finished: [PollReport], error: any Error) {
        for report in finished where report.unrecordedSuccess != nil {
            logger.error(
                "cannot record the poll on the source", metadata: ["source": "\(report.sourceID)", "error": "\(error)"])
        }
    }

    /// How many of the next due sources a refusal makes the daemon look at (`lookAhead`).
    public static var lookAheadCount: Int { 256 }

    /// Another daemon got to a source first: it has often polled the sources that follow too
    /// (three daemons starting together each begin at a different place in the config, then
    /// reach the places the others have done). One look re-plans those of the next
    /// `lookAheadCount` due sources that another daemon holds or has polled, rather than a claim
    /// and a refusal for each. When other daemons are polling several of them now (`held`: the
    /// claim's refusals of that kind, then the look's), this daemon has caught up with one: it
    /// `split`s the stretch ahead.
    func lookAhead(in plan: inout DuePlan, held: Int, elapsed: () -> Duration) async {
        let now = cycle.poller.clock.now
        let ahead = plan.nextWaiting(limit: Self.lookAheadCount)
        guard !ahead.isEmpty else { return }
        var held = held
        do {
            for (id, verdict) in try await cycle.store.refusedClaims(of: ahead, now: now) {
                guard let source = plan.source(id) else { continue }
                if case .held = verdict { held += 1 }
                putBack(source, refused: verdict, now: now, in: &plan, elapsed: elapsed())
            }
        } catch {
            // Nothing is lost: each of them is claimed (or refused) when its turn comes.
            logger.debug("cannot look ahead at the due sources", metadata: ["error": "\(error)"])
        }
        if held >= Self.heldToSplit { await split(in: &plan, elapsed: elapsed) }
    }

    /// Re-plans a source another daemon holds or has polled: a source another daemon holds until
    /// its lease expires (or one interval, if sooner), one it already polled until its stored
    /// next due time.
    private func putBack(
        _ source: SourceConfig, refused verdict: SourceClaim, now: Date, in plan: inout DuePlan, elapsed: Duration
    ) {
        switch verdict {
        case .claimed:
            return
        case .held(let holder, let until):
            logger.debug(
                "another daemon is polling the source", metadata: ["source": "\(source.id)", "by": "\(holder)"])
            // Its holder usually records the poll long before the lease runs out: one
            // interval on, the stored due time says when to look next.
            let wait = min(Self.wait(until: until, now: now, for: source), source.interval)
            plan.putBack(source.id, wait: wait, at: elapsed)
        case .notDue(let until):
            plan.putBack(source.id, wait: Self.wait(until: until, now: now, for: source), at: elapsed)
        case .contended:
            plan.putBack(source.id, wait: Self.contendedRetry, at: elapsed)
        }
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
