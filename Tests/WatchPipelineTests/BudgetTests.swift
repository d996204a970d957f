import Foundation
import Testing
import WatchCore
import WatchPipeline
import WatchTesting

/// A whole poll has a time budget: one that overruns is cut short and counts as a failed poll.
@Suite struct BudgetTests {
    /// A clock on which every wait is already over: the budget runs out at once.
    struct ElapsedClock: Clock {
        struct Instant: InstantProtocol {
            var offset: Duration
            func advanced(by duration: Duration) -> Instant { Instant(offset: offset + duration) }
            func duration(to other: Instant) -> Duration { other.offset - offset }
            static func < (left: Instant, right: Instant) -> Bool { left.offset < right.offset }
        }

        var now: Instant { Instant(offset: .zero) }
        var minimumResolution: Duration { .zero }
        func sleep(until deadline: Instant, tolerance: Duration?) async throws { try Task.checkCancellation() }
    }

    @Test func theBudgetIsFifteenTimeouts() {
        let source = Pipeline.source("a", url: "http://127.0.0.1/", timeout: .seconds(20))
        #expect(SourcePoller.budget(for: source) == .seconds(300))
    }

    @Test func aPollPastItsBudgetIsCutShortAndCountsAsFailed() async throws {
        let site = try NewsSite(count: 6, mode: .hanging)
        let folder = try ScratchFolder()
        // A 300 s timeout: had cancellation not reached the hanging request, the poll would take that long.
        let source = Pipeline.source("stuck", url: site.listURL, timeout: .seconds(300))
        let pipeline = try await Pipeline(sources: [source], watch: folder.url.appendingPathComponent("watch"))
        let started = ContinuousClock.now
        let report = await pipeline.poller.poll(source, clock: ElapsedClock())
        #expect(ContinuousClock.now - started < .seconds(300), "the hanging request was not cancelled")
        #expect(report.failure?.kind == .budget, "\(String(describing: report.failure))")
        #expect(report.nextPollIn == source.interval)
        let status = try await pipeline.store.sourceHealth().first
        #expect(status?.consecutiveFailures == 1)
        #expect(status?.lastErrorKind == .budget)
    }
}
