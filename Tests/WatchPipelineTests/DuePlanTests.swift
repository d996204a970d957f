import Foundation
import Testing
import WatchCore
import WatchPipeline

/// The scheduler's due-time logic on its own: offsets on the monotonic clock.
@Suite struct DuePlanTests {
    static func source(_ id: String, kind: SourceRole = .bureau, host: String = "a.example", interval: Int = 60)
        -> SourceConfig
    {
        SourceConfig(
            id: id, name: id, kind: kind, url: "http://\(host)/list.html", interval: .seconds(interval),
            perHost: PerHostPolicy(concurrency: 1))
    }

    @Test func aSourceStartsWhenDueAndIsDueAgainItsNextPollLater() {
        var plan = DuePlan()
        let fresh = plan.update(sources: [Self.source("a")])
        #expect(fresh.map(\.id) == ["a"])
        plan.admit("a", wait: .seconds(5), at: .zero)
        #expect(plan.start(at: .seconds(4), maxInFlight: 8).isEmpty)
        #expect(plan.nextWake(after: .seconds(4)) == .seconds(5))
        #expect(plan.start(at: .seconds(5), maxInFlight: 8).map(\.id) == ["a"])
        #expect(plan.start(at: .seconds(6), maxInFlight: 8).isEmpty, "started twice")
        plan.finish("a", nextIn: .seconds(60), at: .seconds(7))
        #expect(plan.dueTime(of: "a") == .seconds(67))
        plan.finish("a", nextIn: nil, at: .seconds(70))
        #expect(plan.dueTime(of: "a") == .seconds(130), "a poll that cannot say waits one interval")
    }

    @Test func aPlanStartingPartWayInBeginsThereAndWrapsAround() {
        let ids = ["a", "b", "c", "d"]
        let hosts = ids.map { Self.source($0, host: "\($0).example") } // no host limits the order
        for (fraction, expected) in [(0.0, ids), (0.5, ["c", "d", "a", "b"]), (0.75, ["d", "a", "b", "c"])] {
            var plan = DuePlan(startingAt: fraction)
            _ = plan.update(sources: hosts)
            for id in ids { plan.admit(id, wait: .zero, at: .zero) }
            #expect(plan.start(at: .zero, maxInFlight: 8).map(\.id) == expected, "starting at \(fraction)")
        }
    }

    @Test func aPollPutBackFreesItsSlotAndWaitsForTheStoredTime() {
        var plan = DuePlan()
        _ = plan.update(sources: [Self.source("a"), Self.source("b")])
        plan.admit("a", wait: .zero, at: .zero)
        plan.admit("b", wait: .zero, at: .zero)
        // One poll in flight at most: "a" takes the slot.
        #expect(plan.start(at: .zero, maxInFlight: 1).map(\.id) == ["a"])
        // Another daemon holds "a": it goes back, and "b" may use the slot at once.
        plan.putBack("a", wait: .seconds(40), at: .seconds(1))
        #expect(plan.inFlight == 0 && plan.dueTime(of: "a") == .seconds(41))
        #expect(plan.start(at: .seconds(1), maxInFlight: 1).map(\.id) == ["b"])
        #expect(plan.nextWake(after: .seconds(1)) == .seconds(41))
    }

    @Test func theNextWaitingAreTheDueSourcesNotStartedInStartOrder() {
        var plan = DuePlan()
        let ids = ["a", "b", "c", "d", "e", "f"]
        _ = plan.update(sources: ids.map { Self.source($0) })
        for id in ids.dropLast() { plan.admit(id, wait: .zero, at: .zero) }
        plan.admit("f", wait: .seconds(10), at: .zero)
        #expect(plan.start(at: .zero, maxInFlight: 1).map(\.id) == ["a"])
        #expect(plan.nextWaiting(limit: 3) == ["b", "c", "d"])
        // Not "a" (started) nor "f" (not due yet).
        #expect(plan.nextWaiting(limit: 10) == ["b", "c", "d", "e"])
        plan.putBack("c", wait: .seconds(30), at: .seconds(1))
        #expect(plan.nextWaiting(limit: 10) == ["b", "d", "e"])
        #expect(plan.nextWaiting(limit: 0).isEmpty)
    }

    @Test func theNextWaitingMergeTheHostsLinesAndLeaveThePlanAsItWas() {
        let ids = ["a1", "b1", "a2", "b2", "a3", "b3", "a4", "b4", "a5"]
        let sources = ids.map { Self.source($0, host: "\($0.prefix(1)).example") }
        var plan = DuePlan()
        _ = plan.update(sources: sources)
        for id in ids { plan.admit(id, wait: .zero, at: .zero) }
        var untouched = plan
        // Two polls per host (`HostLanes`): the rest wait on their hosts' lines.
        let first = ["a1", "b1", "a2", "b2"]
        #expect(plan.start(at: .zero, maxInFlight: 8).map(\.id) == first)
        #expect(untouched.start(at: .zero, maxInFlight: 8).map(\.id) == first)
        // "a3" goes back (another daemon holds it): its old entry is stale, and not named.
        plan.putBack("a3", wait: .seconds(30), at: .seconds(1))
        untouched.putBack("a3", wait: .seconds(30), at: .seconds(1))
        #expect(plan.nextWaiting(limit: 3) == ["b3", "a4", "b4"])
        #expect(plan.nextWaiting(limit: 10) == ["b3", "a4", "b4", "a5"])
        // Looking changed nothing: both plans start the same polls as the first ones end.
        for (ended, elapsed) in [("a1", 2), ("b1", 3), ("a2", 4), ("b2", 5)] {
            plan.finish(ended, nextIn: .seconds(60), at: .seconds(elapsed))
            untouched.finish(ended, nextIn: .seconds(60), at: .seconds(elapsed))
            let started = plan.start(at: .seconds(elapsed), maxInFlight: 8).map(\.id)
            #expect(started == untouched.start(at: .seconds(elapsed), maxInFlight: 8).map(\.id))
            #expect(started.count == 1, "after \(ended)")
        }
    }

    @Test func aSourceIsLeftToAnotherDaemonOncePerTimeItComesDue() {
        var plan = DuePlan()
        _ = plan.update(sources: [Self.source("a"), Self.source("b")])
        plan.admit("a", wait: .zero, at: .zero)
        plan.admit("b", wait: .zero, at: .zero)
        let first = plan.leave("a", wait: .seconds(30), at: .seconds(1))
        #expect(first)
        #expect(plan.dueTime(of: "a") == .seconds(31))
        let again = plan.leave("a", wait: .seconds(30), at: .seconds(2))
        #expect(!again, "left twice")
        #expect(plan.dueTime(of: "a") == .seconds(31))
        #expect(plan.start(at: .seconds(2), maxInFlight: 8).map(\.id) == ["b"])
        let running = plan.leave("b", wait: .seconds(30), at: .seconds(2))
        #expect(!running, "a running poll was left")
        // Refused when its turn came (the other daemon polled it): due again, it may be left again.
        #expect(plan.start(at: .seconds(31), maxInFlight: 8).map(\.id) == ["a"])
        plan.putBack("a", wait: .seconds(60), at: .seconds(31))
        let dueAgain = plan.leave("a", wait: .seconds(30), at: .seconds(91))
        #expect(dueAgain)
    }

    @Test func aMirrorDueWithABureauWaitsForItOrForTheHold() {
        var plan = DuePlan()
        _ = plan.update(sources: [Self.source("mirror", kind: .mirror, host: "m.example"), Self.source("bureau")])
        plan.admit("mirror", wait: .zero, at: .zero)
        plan.admit("bureau", wait: .zero, at: .zero)
        #expect(plan.start(at: .zero, maxInFlight: 8).map(\.id) == ["bureau"])
        #expect(plan.nextWake(after: .zero) == DuePlan.mirrorHold, "a held mirror must not wake the scheduler at once")
        #expect(plan.start(at: .seconds(1), maxInFlight: 8).isEmpty)
        plan.finish("bureau", nextIn: .seconds(60), at: .seconds(2))
        #expect(plan.start(at: .seconds(2), maxInFlight: 8).map(\.id) == ["mirror"])

        // A bureau that hangs holds its mirror no longer than `mirrorHold`.
        plan.finish("mirror", nextIn: .seconds(58), at: .seconds(2))
        #expect(plan.start(at: .seconds(62), maxInFlight: 8).map(\.id) == ["bureau"])
        #expect(plan.start(at: .seconds(62) + DuePlan.mirrorHold - .seconds(1), maxInFlight: 8).isEmpty)
        #expect(plan.start(at: .seconds(62) + DuePlan.mirrorHold, maxInFlight: 8).map(\.id) == ["mirror"])
    }

    @Test func pollsStayWithinTheGlobalAndPerHostLimits() {
        var plan = DuePlan()
        let sources =
            (0..<5).map { Self.source("same-\($0)") }
            + (0..<5).map { Self.source("other-\($0)", host: "b\($0).example") }
        _ = plan.update(sources: sources)
        for source in sources { plan.admit(source.id, wait: .zero, at: .zero) }
        let started = plan.start(at: .zero, maxInFlight: 4)
        #expect(started.count == 4)
        // One request slot per host: two polls of a host at most (`HostLanes.pollsPerSlot`).
        #expect(started.filter { $0.id.hasPrefix("same-") }.count == HostLanes.pollsPerSlot)
        let more = plan.start(at: .zero, maxInFlight: 100)
        #expect(more.map(\.id) == ["other-2", "other-3", "other-4"], "the host's lane is full")
    }

    @Test func aSourceDroppedByAReloadIsForgotten() {
        var plan = DuePlan()
        _ = plan.update(sources: [Self.source("a"), Self.source("b", host: "b.example")])
        plan.admit("a", wait: .zero, at: .zero)
        plan.admit("b", wait: .zero, at: .zero)
        #expect(plan.update(sources: [Self.source("b", host: "b.example")]).isEmpty)
        #expect(plan.start(at: .zero, maxInFlight: 8).map(\.id) == ["b"])
        #expect(plan.dueTime(of: "a") == nil)
    }

    @Test func aSourceReplannedBeforeItIsDueStartsOnceAtItsNewTime() {
        var plan = DuePlan()
        _ = plan.update(sources: [Self.source("a")])
        plan.admit("a", wait: .seconds(5), at: .zero)
        plan.admit("a", wait: .seconds(5), at: .zero)
        plan.admit("a", wait: .seconds(20), at: .zero)
        #expect(plan.start(at: .seconds(10), maxInFlight: 8).isEmpty, "started at a due time it no longer has")
        #expect(plan.nextWake(after: .seconds(10)) == .seconds(20))
        #expect(plan.start(at: .seconds(20), maxInFlight: 8).map(\.id) == ["a"])
        plan.putBack("a", wait: .zero, at: .seconds(20))
        plan.putBack("a", wait: .zero, at: .seconds(20))
        #expect(plan.start(at: .seconds(20), maxInFlight: 8).map(\.id) == ["a"], "started twice, or not again")
        #expect(plan.start(at: .seconds(21), maxInFlight: 8).isEmpty)
    }
}
