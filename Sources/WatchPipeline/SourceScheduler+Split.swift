import Foundation
import Logging
import WatchCore

/// Two daemons in one stretch of due sources: the one that caught up with the other takes the
/// far half of the stretch instead of following it.
extension SourceScheduler {
    /// How long the sources a daemon leaves to another (`split`) wait in its own plan, at most:
    /// never longer than an interval, nor than a lease (so a source left to a daemon that has
    /// stopped is polled as late as its lease would have made it). By then the other daemon has
    /// usually polled them, and they are refused in one look.
    public static var splitWait: Duration { .seconds(30) }

    /// The least number of sources other daemons hold, in a refused claim and its look ahead, for
    /// this daemon to conclude that one is moving through the stretch: a daemon polling there
    /// holds a lane's worth, while one hanging poll, or a `fetch` of one source, holds one.
    static var heldToSplit: Int { 4 }

    /// This daemon caught up with another, which is polling the next due sources and will go on
    /// through the ones after them. Following it, each claim of this daemon is refused in part,
    /// then a look ahead, then the same for the other one: at 10 000 sources due at once, three
    /// daemons ran thousands of extra statements a cycle that way. Instead this daemon looks at
    /// every `lookAheadCount`-th waiting bureau, finds where the stretch no daemon has reached
    /// ends, leaves the first half of it to the other daemon (`DuePlan.leave`, each source at most
    /// once per time it comes due) and goes on from the middle. A stretch shorter than two looks
    /// is not split. Only bureaus are left: mirrors start after the bureaus due with them.
    func split(in plan: inout DuePlan, elapsed: () -> Duration) async {
        let waiting = plan.nextWaiting(limit: .max).filter { plan.source($0)?.kind != .mirror }
        guard waiting.count >= 2 * Self.lookAheadCount else { return }
        let marks = Array(stride(from: Self.lookAheadCount, to: waiting.count, by: Self.lookAheadCount))
        let now = cycle.poller.clock.now
        let refused: [String: SourceClaim]
        do {
            refused = try await cycle.store.refusedClaims(of: marks.map { waiting[$0] }, now: now)
        } catch {
            logger.debug("cannot look along the due sources", metadata: ["error": "\(error)"])
            return
        }
        let end = marks.first { refused[waiting[$0]] != nil } ?? waiting.count
        guard end >= 2 * Self.lookAheadCount else { return }
        let at = elapsed()
        var leftCount = 0
        for id in waiting[..<(end / 2)] {
            guard let source = plan.source(id) else { continue }
            let longest = SourcePoller.budget(for: source) + SourceLease.margin
            if plan.leave(id, wait: min(source.interval, Self.splitWait, longest), at: at) { leftCount += 1 }
        }
        logger.debug("left the next due sources to another daemon", metadata: ["count": "\(leftCount)"])
    }
}
