import Foundation
import Logging
import WatchCore

/// The daemon's polling loop: each due source is polled in its own task, as soon as it is due,
/// within `maxPollsInFlight` and the per-host lanes (`DuePlan`); a poll that ends hands its next
/// due time back to the plan. No poll waits for another, so a source that hangs holds back only
/// itself (each poll also has a time budget, `SourcePoller.budget(for:)`).
///
/// With several daemons on one store, each due source is claimed first (`claim`): only the
/// daemon holding its lease polls it.
///
/// Due times are kept on `clock`, a monotonic clock (`ContinuousClock` in the daemon; tests
/// inject their own), so a step of the wall clock neither stops nor hurries polling.
public struct SourceScheduler<C: Clock>: Sendable where C.Duration == Duration {
    let cycle: PollCycle
    let clock: C
    let maxPollsInFlight: Int
    /// Where in the config the plan's passes begin (`DuePlan.init(startingAt:)`).
    let startingAt: Double
    let logger: Logger

    /// The longest nap between two looks at the config, so a reload's new sources start soon.
    public static var maxNap: Duration { .seconds(30) }

    /// Polls in flight per request slot of the fetcher: a poll beyond the slots only waits at
    /// the politeness gate, but a few spare lanes keep hanging sources from taking them all.
    public static var pollsPerRequestSlot: Int { 4 }

    public init(cycle: PollCycle, clock: C, requestSlots: Int, startingAt: Double = 0, logger: Logger) {
        self.cycle = cycle
        self.clock = clock
        self.maxPollsInFlight = max(requestSlots * Self.pollsPerRequestSlot, 1)
        self.startingAt = startingAt
        self.logger = logger
    }

    private enum Event: Sendable {
        case woke(Duration)
        case polled(PollReport)
    }

    /// Runs until the task is cancelled. `sources` is asked for the config's sources before each
    /// look at the plan (a reload changes them); `observe` sees each poll's report.
    public func run(
        sources: @escaping @Sendable () async -> [SourceConfig],
        observe: @escaping @Sendable (PollReport) async -> Void
    ) async {
        let origin = clock.now
        let elapsed = { origin.duration(to: clock.now) }
        var plan = DuePlan(startingAt: startingAt)
        var pendingWakes: Set<Duration> = []
        // Polls whose success is recorded with the next claim; each is observed once recorded.
        var finished: [PollReport] = []
        let mailbox = SchedulerMailbox<Event>()
        await withDiscardingTaskGroup { group in
            while !Task.isCancelled {
                let fresh = plan.update(sources: await sources())
                if !fresh.isEmpty { await admit(fresh, into: &plan, at: elapsed()) }
                await startDuePolls(in: &plan, group: &group, mailbox: mailbox, recording: finished, elapsed: elapsed)
                for report in finished { await observe(report) }
                finished = []
                let now = elapsed()
                let wake = min(plan.nextWake(after: now) ?? now + Self.maxNap, now + Self.maxNap)
                if pendingWakes.allSatisfy({ $0 > wake }) {
                    pendingWakes.insert(wake)
                    _ = group.addTaskUnlessCancelled {
                        try? await clock.sleep(until: origin.advanced(by: wake), tolerance: nil)
                        mailbox.post(.woke(wake))
                    }
                }
                // Everything that happened while the last claim was in flight, in one turn.
                var polled: [PollReport] = []
                for event in await mailbox.take() {
                    switch event {
                    case .woke(let at):
                        pendingWakes.remove(at)
                    case .polled(let report):
                        plan.finish(report.sourceID, nextIn: report.nextPollIn, at: elapsed())
                        polled.append(report)
                    }
                }
                await cycle.refreshFeed(after: polled)
                for report in polled {
                    if report.unrecordedSuccess == nil { await observe(report) } else { finished.append(report) }
                }
            }
            group.cancelAll()
        }
        // A poll that ended just before the stop has its success still to record.
        for case .polled(let report) in mailbox.drain() where report.unrecordedSuccess != nil {
            finished.append(report)
        }
        await recordUnclaimed(finished)
        for report in finished { await observe(report) }
        await releaseLeases()
    }

    /// Claims the due sources and starts a poll for each one claimed; the successes of
    /// `finished` go with the first claim, or alone when there is none to make (or are logged
    /// as not kept).
    private func startDuePolls(
        in plan: inout DuePlan, group: inout DiscardingTaskGroup, mailbox: SchedulerMailbox<Event>,
        recording finished: [PollReport],
        elapsed: () -> Duration
    ) async {
        var recording = finished
        let defersSuccess = cycle.store.claimsCarryPollRecords
        // Sources another daemon holds or has polled go back to the plan with a later due time
        // and free their lanes: start others at once, not at the next poll's end (with none in
        // flight, that was the next nap, up to `maxNap`). Each refused source is due later than
        // now, so the rounds end; a store that cannot be asked ends them at once.
        var starting = plan.start(at: elapsed(), maxInFlight: maxPollsInFlight)
        while !starting.isEmpty && !Task.isCancelled {
            // A claim that fails leaves its records to `recordUnclaimed`, in a task a stop
            // does not cancel.
            guard let round = await claim(starting, recording: recording, in: &plan, elapsed: elapsed) else { break }
            recording = []
            for poll in round.polls {
                _ = group.addTaskUnlessCancelled {
                    let report = await cycle.poller.poll(
                        poll.source, from: poll.start, defersSuccess: defersSuccess, clock: clock)
                    mailbox.post(.polled(report))
                }
            }
            if round.refusedByOthers { await lookAhead(in: &plan, held: round.heldByOthers, elapsed: elapsed) }
            guard round.polls.count < starting.count else { break }
            starting = plan.start(at: elapsed(), maxInFlight: maxPollsInFlight)
        }
        await recordUnclaimed(recording)
    }

    /// First due times for sources the plan does not know: the store's due time when it is
    /// plausible, now when it has passed or lies beyond the horizon (a backward clock step, say
    /// across a restart), and a spread over the first minutes for sources never polled.
    private func admit(_ fresh: [SourceConfig], into plan: inout DuePlan, at elapsed: Duration) async {
        // Only what the plan needs, sized once: ten thousand whole statuses (and the rows they
        // came in), in a dictionary grown by doubling, set a daemon's memory high-water mark.
        var stored: [String: StoredDueTime] = [:]
        do {
            let dueTimes = try await cycle.store.dueTimes()
            stored.reserveCapacity(dueTimes.count)
            for due in dueTimes where stored[due.sourceID] == nil { stored[due.sourceID] = due }
        } catch {
            logger.error("cannot read the schedule from the store; polling as if new", metadata: ["error": "\(error)"])
        }
        let schedule = PollSchedule()
        let wallNow = cycle.poller.clock.now
        // The sources never polled are spread in config order: the count first, then each one's place.
        let neverPolled = fresh.count { stored[$0.id] == nil }
        var index = 0
        for source in fresh {
            if let record = stored[source.id] {
                let due = record.nextDue
                // Only a failing source may be due further ahead than its interval (backoff).
                let backoff = record.failing ? source.maxBackoff : .zero
                let horizon = schedule.horizon(interval: source.interval, jitter: source.jitter, maxBackoff: backoff)
                let (wait, replanned) = schedule.wait(untilStored: due, now: wallNow, horizon: horizon)
                if replanned {
                    logger.warning(
                        "stored due time lies beyond one interval: re-planned to now (the wall clock stepped back?)",
                        metadata: ["source": "\(source.id)", "due": "\(due)"])
                }
                plan.admit(source.id, wait: wait, at: elapsed)
            } else {
                let first = schedule.firstDue(now: wallNow, interval: source.interval, index: index, count: neverPolled)
                index += 1
                plan.admit(source.id, wait: .milliseconds(Int64(first.timeIntervalSince(wallNow) * 1000)), at: elapsed)
            }
        }
    }
}
