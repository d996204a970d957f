import Foundation
import Testing
import WatchCore
import WatchPipeline
import WatchTesting

/// `failing_after` failed polls queue one `source.failing` and make /healthz's probe report the
/// source until it works again (`source.recovered`); an article the watch folder refuses fails
/// the poll; a delivery stuck for 15 minutes is a reason too.
@Suite struct LoudFailureTests {
    @Test func threeFailedPollsQueueOneSourceFailingAndTheProbeReportsItUntilTheSourceRecovers() async throws {
        let site = try NewsSite(count: 6, mode: .failing)
        let folder = try ScratchFolder()
        let source = Pipeline.source("gd-news", url: site.listURL)
        let pipeline = try await Pipeline(sources: [source], watch: folder.url.appendingPathComponent("watch"))
        let probe = try Self.probe(pipeline, folder: folder)

        for poll in 1...2 {
            #expect(await pipeline.poller.poll(source).failed)
            #expect(try await pipeline.queuedEvents().isEmpty, "source.failing after \(poll) failures")
            #expect(await probe.check(sources: [source], failingAfter: 3).reasons.isEmpty)
        }
        #expect(await pipeline.poller.poll(source).failed)
        #expect(try await pipeline.queuedEvents() == [.sourceFailing])
        let failing = await probe.check(sources: [source], failingAfter: 3)
        #expect(failing.failing == 1)
        #expect(
            failing.reasons.count == 1 && failing.reasons[0].hasPrefix("source gd-news failing: 3 polls"),
            "\(failing.reasons)")

        #expect(await pipeline.poller.poll(source).failed)
        #expect(try await pipeline.queuedEvents() == [.sourceFailing], "one alert per failing spell")

        site.set(.serving)
        let recovered = await pipeline.poller.poll(source)
        #expect(!recovered.failed, "\(recovered.errors)")
        #expect(try await pipeline.queuedEvents() == [.sourceFailing, .sourceRecovered])
        #expect(await probe.check(sources: [source], failingAfter: 3).reasons.isEmpty)
    }

    @Test func backoffOfAFailingSourceStopsAtMaxBackoff() async throws {
        let site = try NewsSite(count: 6, mode: .failing)
        let folder = try ScratchFolder()
        var source = Pipeline.source("gd-news", url: site.listURL, interval: .seconds(1800))
        source.maxBackoff = .seconds(3600)
        let pipeline = try await Pipeline(sources: [source], watch: folder.url.appendingPathComponent("watch"))
        var waits: [Double] = []
        for _ in 1...4 {
            waits.append(await pipeline.poller.poll(source).nextPollIn?.seconds ?? -1)
        }
        #expect(waits == [1800, 3600, 3600, 3600])
        let stored = try #require(try await pipeline.store.sourceHealth().first?.nextDue)
        #expect(stored.timeIntervalSince(pipeline.clock.now) == 3600)
    }

    @Test func aWatchFolderThatRefusesFilesFailsThePollAndTheProbe() async throws {
        let site = try NewsSite(count: 6)
        let folder = try ScratchFolder()
        let watch = folder.url.appendingPathComponent("watch")
        let source = Pipeline.source("gd-news", url: site.listURL)
        let pipeline = try await Pipeline(sources: [source], watch: watch)
        let probe = try Self.probe(pipeline, folder: folder)
        try Unwritable.make(watch)
        defer { Unwritable.restore(watch) }

        let report = await pipeline.poller.poll(source)
        #expect(report.failed)
        #expect(report.failure?.kind == .store, "\(String(describing: report.failure))")
        #expect(report.newArticles == 0)
        #expect(try await pipeline.store.sourceHealth().first?.consecutiveFailures == 1)
        let reasons = await probe.check(sources: [source], failingAfter: 3).reasons
        #expect(reasons.contains { $0.hasPrefix("watch folder not writable") }, "\(reasons)")
    }

    @Test func aStateFolderThatRefusesWritesIsAReason() async throws {
        let folder = try ScratchFolder()
        let pipeline = try await Pipeline(sources: [], watch: folder.url.appendingPathComponent("watch"))
        let probe = try Self.probe(pipeline, folder: folder)
        #expect(await probe.check(sources: [], failingAfter: 3).reasons.isEmpty)
        try Unwritable.make(folder.url)
        defer { Unwritable.restore(folder.url) }
        let reasons = await probe.check(sources: [], failingAfter: 3).reasons
        #expect(reasons.contains { $0.hasPrefix("store not writable") }, "\(reasons)")
    }

    @Test func aDeliveryPendingForMoreThanFifteenMinutesIsAReason() async throws {
        let folder = try ScratchFolder()
        let pipeline = try await Pipeline(sources: [], watch: folder.url.appendingPathComponent("watch"))
        let probe = try Self.probe(pipeline, folder: folder)
        let queued = pipeline.clock.now
        try await pipeline.store.enqueue([
            OutboxEntry(
                deliveryID: "d1", event: .articleNew, webhookID: "ops", payload: [1],
                createdAt: queued, nextAttemptAt: queued)
        ])
        pipeline.clock.advance(by: 14 * 60)
        #expect(await probe.check(sources: [], failingAfter: 3).reasons.isEmpty)
        pipeline.clock.advance(by: 2 * 60)
        let reasons = await probe.check(sources: [], failingAfter: 3).reasons
        #expect(reasons == ["delivery to webhook ops pending for 16 min (not yet tried)"])
    }

    /// A probe over the pipeline's store, with a database file in `folder` (the in-memory store
    /// has none; the probe checks the path is writable).
    static func probe(_ pipeline: Pipeline, folder: ScratchFolder) throws -> HealthProbe {
        let database = folder.url.appendingPathComponent("bureauwatch.sqlite")
        try Data().write(to: database)
        return HealthProbe(
            store: pipeline.store, databasePath: database.path, watchDir: pipeline.watch.path,
            clock: pipeline.clock)
    }
}
