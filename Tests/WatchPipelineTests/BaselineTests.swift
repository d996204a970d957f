import Foundation
import Testing
import WatchCore
import WatchPipeline
import WatchTesting

/// A source's first successful poll files what is already listed and announces nothing; a lost
/// database beside a populated watch folder is a baseline too.
@Suite struct BaselineTests {
    @Test func aFirstPollOfSixArticlesQueuesNoWebhookAndALaterArticleQueuesExactlyOne() async throws {
        let site = try NewsSite(count: 6)
        let folder = try ScratchFolder()
        let source = Pipeline.source("gd-news", url: site.listURL)
        let pipeline = try await Pipeline(sources: [source], watch: folder.url.appendingPathComponent("watch"))

        let first = await pipeline.poller.poll(source)
        #expect(!first.failed, "\(first.errors)")
        #expect(first.baseline)
        #expect(first.newArticles == 6)
        #expect(try pipeline.articleFiles().count == 6)
        #expect(try await pipeline.queuedEvents().isEmpty)

        site.publish()
        let second = await pipeline.poller.poll(source)
        #expect(!second.baseline)
        #expect(second.newArticles == 1)
        #expect(try await pipeline.queuedEvents() == [.articleNew])
        #expect(try pipeline.articleFiles().count == 7)
    }

    @Test func baselineFalseAnnouncesTheFirstPoll() async throws {
        let site = try NewsSite(count: 6)
        let folder = try ScratchFolder()
        let source = Pipeline.source("gd-news", url: site.listURL, baseline: false)
        let pipeline = try await Pipeline(sources: [source], watch: folder.url.appendingPathComponent("watch"))
        let report = await pipeline.poller.poll(source)
        #expect(!report.baseline)
        #expect(try await pipeline.queuedEvents() == Array(repeating: .articleNew, count: 6))
    }

    @Test func aFailedFirstPollLeavesTheBaselineForTheFirstSuccessfulOne() async throws {
        let site = try NewsSite(count: 6, mode: .failing)
        let folder = try ScratchFolder()
        let source = Pipeline.source("gd-news", url: site.listURL)
        let pipeline = try await Pipeline(sources: [source], watch: folder.url.appendingPathComponent("watch"))
        #expect(await pipeline.poller.poll(source).failed)
        site.set(.serving)
        let report = await pipeline.poller.poll(source)
        #expect(report.baseline && report.newArticles == 6)
        #expect(try await pipeline.queuedEvents().isEmpty)
    }

    @Test func anEmptyStoreBesideAPopulatedWatchFolderIsABaselineEvenWithBaselineOff() async throws {
        let site = try NewsSite(count: 6)
        let folder = try ScratchFolder()
        let watch = folder.url.appendingPathComponent("watch")
        let source = Pipeline.source("gd-news", url: site.listURL, baseline: false)
        let before = try await Pipeline(sources: [source], watch: watch)
        _ = await before.poller.poll(source)
        #expect(try await before.queuedEvents().count == 6)

        // The database is lost: a new, empty store on the same watch folder.
        let empty = InMemoryStore()
        #expect(
            try await LostStoreCheck.storeWasLost(
                store: empty, databaseWasNew: true, watchDir: watch.path, logger: quietLogger))
        // A database that exists but holds nothing is a first run killed before its first commit.
        #expect(
            try await !LostStoreCheck.storeWasLost(
                store: empty, databaseWasNew: false, watchDir: watch.path, logger: quietLogger))
        let after = try await Pipeline(sources: [source], watch: watch, rebaselineAll: true)
        let report = await after.poller.poll(source)
        #expect(report.baseline && report.newArticles == 6)
        #expect(try await after.queuedEvents().isEmpty, "every article announced a second time")
        #expect(try after.articleFiles().count == 6, "the same files, rewritten in place")
        site.publish()
        _ = await after.poller.poll(source)
        #expect(try await after.queuedEvents() == [.articleNew])
    }

    @Test func anEmptyStoreBesideAnEmptyWatchFolderIsAFirstStart() async throws {
        let folder = try ScratchFolder()
        #expect(
            try await !LostStoreCheck.storeWasLost(
                store: InMemoryStore(), databaseWasNew: true, watchDir: folder.url.path,
                logger: quietLogger))
        try Data("<feed/>".utf8).write(to: folder.url.appendingPathComponent("feed.xml"))
        #expect(
            try await !LostStoreCheck.storeWasLost(
                store: InMemoryStore(), databaseWasNew: true, watchDir: folder.url.path,
                logger: quietLogger))
        let database = folder.url.appendingPathComponent("bureauwatch.sqlite")
        #expect(LostStoreCheck.isNew(databaseAt: database.path))
        try Data().write(to: database)
        #expect(LostStoreCheck.isNew(databaseAt: database.path))
        try Data("SQLite format 3\u{0}".utf8).write(to: database)
        #expect(!LostStoreCheck.isNew(databaseAt: database.path))
    }
}
