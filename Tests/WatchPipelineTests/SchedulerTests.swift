import Foundation
import Synchronization
import Testing
import WatchCore
import WatchPipeline
import WatchTesting

/// The daemon's scheduler, run in-process on the monotonic clock against loopback sites: each
/// source keeps its own interval whatever another does, and wall-clock steps change nothing.
@Suite struct SchedulerTests {
    /// Each finished poll, by source, on the monotonic clock.
    final class PollLog: Sendable {
        private let polls = Mutex<[(source: String, at: ContinuousClock.Instant, report: PollReport)]>([])

        func record(_ report: PollReport) {
            polls.withLock { $0.append((report.sourceID, ContinuousClock.now, report)) }
        }

        func failures(of source: String) -> [String] {
            polls.withLock { $0.filter { $0.source == source }.flatMap(\.report.errors) }
        }

        func times(of source: String) -> [ContinuousClock.Instant] {
            polls.withLock { $0.filter { $0.source == source }.map(\.at) }
        }

        /// Waits (up to `timeout`) until `source` has finished `count` polls.
        /// The deadline is generous: a full test run on two cores can starve this process's
        /// cooperative threads for a minute; alone it takes a second or two.
        func wait(for source: String, count: Int, timeout: Duration = .seconds(240)) async -> Bool {
            let deadline = ContinuousClock.now + timeout
            while times(of: source).count < count {
                guard ContinuousClock.now < deadline else { return false }
                try? await Task.sleep(for: .milliseconds(20))
            }
            return true
        }
    }

    /// Runs the scheduler over `sources` in a task; cancel it to stop.
    static func start(_ pipeline: Pipeline, _ sources: [SourceConfig], log: PollLog) -> Task<Void, Never> {
        let scheduler = SourceScheduler(
            cycle: pipeline.cycle, clock: ContinuousClock(), requestSlots: 8, logger: quietLogger)
        return Task { await scheduler.run(sources: { sources }, observe: { log.record($0) }) }
    }

    @Test func aHangingSourceDelaysNoOtherSourcesPolls() async throws {
        let hanging = try NewsSite(count: 1, mode: .hanging)
        let steady = try NewsSite(count: 6)
        let folder = try ScratchFolder()
        let stuck = Pipeline.source("stuck", url: hanging.listURL, interval: .seconds(1), timeout: .seconds(300))
        let quick = Pipeline.source("quick", url: steady.listURL, kind: .mirror, interval: .milliseconds(400))
        let pipeline = try await Pipeline(sources: [stuck, quick], watch: folder.url.appendingPathComponent("watch"))
        let log = PollLog()
        let task = Self.start(pipeline, [stuck, quick], log: log)
        let polledSixTimes = await log.wait(for: "quick", count: 6)
        task.cancel()
        await task.value

        #expect(polledSixTimes)
        #expect(log.failures(of: "quick").isEmpty, "a failing source would back off: \(log.failures(of: "quick"))")
        #expect(hanging.listRequests >= 1, "the stuck source was polled")
        // Had the quick source waited for the stuck one (a cycle awaited whole), it could not have
        // finished a single poll: the stuck poll lasts its 300 s timeout (with retries).
        #expect(log.times(of: "stuck").isEmpty, "the stuck source's poll ended: it did not hang")
    }

    @Test func aWallClockSteppedBackAnHourDoesNotStopPolling() async throws {
        let site = try NewsSite(count: 6)
        let folder = try ScratchFolder()
        let source = Pipeline.source("gd-news", url: site.listURL, interval: .milliseconds(300))
        let pipeline = try await Pipeline(sources: [source], watch: folder.url.appendingPathComponent("watch"))
        let log = PollLog()
        let task = Self.start(pipeline, [source], log: log)
        let before = await log.wait(for: "gd-news", count: 2)
        pipeline.clock.advance(by: -3600)
        let after = await log.wait(for: "gd-news", count: 5)
        task.cancel()
        await task.value
        #expect(before && after, "polls: \(log.times(of: "gd-news").count)")
        #expect(log.failures(of: "gd-news").isEmpty)
    }

    @Test func aStoredDueTimeFarAheadIsReplannedAtStart() async throws {
        let site = try NewsSite(count: 6)
        let folder = try ScratchFolder()
        let source = Pipeline.source("gd-news", url: site.listURL, interval: .seconds(60))
        let pipeline = try await Pipeline(sources: [source], watch: folder.url.appendingPathComponent("watch"))
        // As a restart finds it after the wall clock stepped back an hour: due in 61 minutes.
        try await pipeline.store.recordPollSuccess(
            sourceID: "gd-news", kind: .bureau, at: pipeline.clock.now,
            nextDue: pipeline.clock.now.addingTimeInterval(3660))
        let log = PollLog()
        let task = Self.start(pipeline, [source], log: log)
        let polled = await log.wait(for: "gd-news", count: 1)
        task.cancel()
        await task.value
        #expect(polled, "the source waited for its stale due time")
    }
}
