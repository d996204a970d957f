import Foundation
import Logging
import PostgresNIO
import PostgresTesting
import Testing
import WatchCore
import WatchDeliver
import WatchPipeline
import WatchPostgres
import WatchTesting

/// Issue 19, item 3: two daemons on one PostgreSQL, each with its own in-memory dedup index,
/// find each other's copies at once, and two copies ingested at the same moment by two daemons
/// make one article. Each "daemon" here is an `ArticleIngest` on a client of its own.
@Suite(.enabled(if: PostgresTestDatabase.shouldRun, PostgresTestDatabase.skipMessage))
struct SharedDedupTests {
    @Test func aCopyStoredByOneDaemonIsFoundByAnother() async throws {
        try await withTwoDaemons { first, second, _ in
            let original = try await first.ingest(
                [Self.notice(1, mirror: false)], from: Self.source(1, mirror: false), validators: nil)
            let copy = try await second.ingest(
                [Self.notice(1, mirror: true)], from: Self.source(1, mirror: true), validators: nil)
            #expect(original.map(\.change) == [.newArticle])
            #expect(copy.map(\.change) == [.newSighting])
            #expect(copy.first?.articleID == original.first?.articleID)
        }
    }

    @Test func copiesIngestedAtOnceByTwoDaemonsMakeOneArticleEach() async throws {
        let notices = 12
        try await withTwoDaemons { first, second, store in
            try await withThrowingTaskGroup(of: Void.self) { group in
                for number in 0..<notices {
                    group.addTask {
                        _ = try await first.ingest(
                            [Self.notice(number, mirror: false)], from: Self.source(number, mirror: false),
                            validators: nil)
                    }
                    group.addTask {
                        _ = try await second.ingest(
                            [Self.notice(number, mirror: true)], from: Self.source(number, mirror: true),
                            validators: nil)
                    }
                }
                try await group.waitForAll()
            }
            #expect(try await store.statistics().articles == notices)
            #expect(try await store.statistics().sightings == 2 * notices)
        }
    }

    /// A body that throws gives the lock back: the other daemon's next ingest goes through. A
    /// lock kept would hang it, hence the limit (generous: it counts the wait for a test database).
    @Test(.timeLimit(.minutes(5))) func aFailedIngestReleasesTheLockForTheOthers() async throws {
        try await withTwoDaemons { first, second, store in
            await #expect(throws: StoreError.self) {
                try await store.exclusiveIngest { throw StoreError.corrupt("on purpose") }
            }
            let outcome = try await second.ingest(
                [Self.notice(1, mirror: false)], from: Self.source(1, mirror: false), validators: nil)
            #expect(outcome.map(\.change) == [.newArticle])
            _ = first
        }
    }

    // MARK: fixtures

    /// Notice `number`: a text of its own (a seed per number), as a bureau publishes it, or as a
    /// mirror reposts it with its own disclaimer added.
    static func notice(_ number: Int, mirror: Bool) -> ExtractedArticle {
        var paragraphs = SyntheticPages.paragraphs(seed: UInt64(100 + number), characters: 900)
        if mirror { paragraphs.append("本网转载此文出于传递信息之目的，不代表本网观点") }
        let host = mirror ? "mirror.example" : "bureau.example"
        return ExtractedArticle(
            url: "http://\(host)/art/\(number).html", title: "关于寄递安全工作的第\(number)号通知",
            published: nil, publisher: "国家邮政局", paragraphs: paragraphs)
    }

    static func source(_ number: Int, mirror: Bool) -> SourceConfig {
        let id = mirror ? "mirror-\(number)" : "bureau-\(number)"
        return SourceConfig(
            id: id, name: id, kind: mirror ? .mirror : .bureau, url: "http://\(id).example/list.html")
    }

    /// Two ingests, each on its own client of one fresh database, with a shared watch folder;
    /// `body` also gets a store to read the outcome through.
    func withTwoDaemons(
        _ body: @Sendable (ArticleIngest, ArticleIngest, PostgresStore) async throws -> Void
    ) async throws {
        let database = try await PostgresTestDatabase.make()
        defer { database.remove() }
        let folder = try StoreFixture.makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let otherClient = PostgresClient(configuration: database.url.clientConfiguration(pgpass: nil))
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await otherClient.run() }
            let firstStore = try await PostgresStore.open(client: database.client, logger: quietLogger)
            let secondStore = try await PostgresStore.open(client: otherClient, logger: quietLogger)
            let first = try await ingest(on: firstStore, folder: folder)
            let second = try await ingest(on: secondStore, folder: folder)
            try await body(first, second, firstStore)
            group.cancelAll()
        }
    }

    private func ingest(on store: PostgresStore, folder: URL) async throws -> ArticleIngest {
        try await ArticleIngest(
            store: store, publisher: ArticlePublisher(folder: WatchFolder(path: folder.path)), webhooks: [],
            sources: [], clock: SystemClock(), logger: quietLogger)
    }
}
