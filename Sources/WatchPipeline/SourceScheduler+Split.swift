import Foundation
import Logging
import WatchCore

/// Two daemons in one stretch of due sources: the one that caught up with the other takes the
/// far half of the stretch instead of following it.
extension SourceScheduler {
    /// How long the sources a daemon leaves to another (`split`) wait in its own plan (an
    /// interval, if that is shorter). By then the other daemon has usually polled them, and they
    /// are refused in one look; if it stopped, they are polled this much late, well within a
    /// lease.
    public static var splitWait: Duration { .seconds(30) }

    /// This daemon caught up with another, which is polling the next due sources and will go on
    /// through the ones after them. Following it, each claim of this daemon is refused in part,
    /// then a look ahead, then the same for the other one: at 10 000 sources due at once, three
    /// daemons ran thousands of extra statements a cycle that way. Instead this daemon looks at
    /// every `lookAheadCount`-th waiting source, finds where the stretch that no daemon has
    /// reached ends, leaves the first half of it to the other daemon (`splitWait`) and goes on
    /// from the middle. A stretch shorter than two looks is not split.
    func split(in plan: inout DuePlan, elapsed: () -> Duration) async {
        let waiting = plan.nextWaiting(limit: .max)
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
        let at = elapsed()
        for id in waiting[..<(end / 2)] {
            guard let source = plan.source(id) else { continue }
            plan.putBack(id, wait: min(source.interval, Self.splitWait), at: at)
        }
        logger.debug("left the next due sources to another daemon", metadata: ["count": "\(end / 2)"])
    }
}
