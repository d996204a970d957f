import Foundation
import PostgresTesting
import Testing
import WatchCore
import WatchPostgres

/// What only the PostgreSQL store has: its migrations, its transactions across connections, and
/// the lock that makes two writers of one page decide one after the other.
@Suite(.enabled(if: PostgresTestDatabase.shouldRun, PostgresTestDatabase.skipMessage))
struct PostgresStoreTests {
    static let url = "http://gd.spb.gov.cn/gdyzgljwzfb/c100064/202310/pg.shtml"
    static let body = "广东省邮政管理局召开全省寄递安全工作会议。"

    struct AnnounceFailed: Error {}

    @Test func reopeningAppliesNoStepTwiceAndANewerSchemaIsRefused() async throws {
        let fixture = try await StoreFixture(.postgres)
        defer { fixture.remove() }
        let database = try #require(fixture.database)
        let store = try #require(fixture.store as? PostgresStore)
        let version = try await store.schemaVersion()
        #expect(version >= 1)

        let again = try await PostgresStore.open(client: database.client, logger: quietLogger)
        #expect(try await again.schemaVersion() == version)

        try await database.client.query(
            "INSERT INTO bureauwatch_schema (version, name, applied_at) VALUES (99, 'future', 0)")
        await #expect(throws: StoreError.newerSchema(found: 99, supported: version)) {
            _ = try await PostgresStore.open(client: database.client, logger: quietLogger)
        }
    }

    @Test func aFailingAnnouncementRollsBackTheWholePage() async throws {
        let fixture = try await StoreFixture(.postgres)
        defer { fixture.remove() }
        var observation = page(Self.url, body: Self.body)
        observation.announce = { _ in throw AnnounceFailed() }

        await #expect(throws: AnnounceFailed.self) { try await fixture.store.record(observation) }

        #expect(
            try await fixture.store.statistics()
                == StoreStatistics(
                    articles: 0, sightings: 0, versions: 0,
                    seenURLs: 0, outboxEntries: 0))
        #expect(try await fixture.store.record(page(Self.url, body: Self.body)).change == .newArticle)
    }

    @Test func twoWritersOfOnePageAtOnceStoreOneArticle() async throws {
        let fixture = try await StoreFixture(.postgres)
        defer { fixture.remove() }
        let database = try #require(fixture.database)
        // A second store on the same database: another daemon's view, on its own connection.
        let other = try await PostgresStore.open(client: database.client, logger: quietLogger)
        let stores: [any Store] = [fixture.store, other]

        let changes = try await withThrowingTaskGroup(of: RecordOutcome.Change.self) { group in
            for store in stores {
                group.addTask { try await store.record(page(Self.url, body: Self.body)).change }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }

        #expect(changes.filter { $0 == .newArticle }.count == 1)
        #expect(changes.filter { $0 == .unchanged }.count == 1)
        #expect(try await fixture.store.statistics().articles == 1)
        #expect(try await fixture.store.pendingCount() == 1)
    }

    @Test func aStoreWithItsOwnClientRunsInATaskGroupAndSeesTheSameDatabase() async throws {
        let fixture = try await StoreFixture(.postgres)
        defer { fixture.remove() }
        let database = try #require(fixture.database)
        let recorded = try await fixture.store.record(page(Self.url, body: Self.body))

        let own = PostgresStore(url: database.url, pgpass: nil, logger: quietLogger)
        let found = try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await own.run() }
            defer { group.cancelAll() }
            try await own.migrate()
            return try await own.article(id: recorded.articleID)
        }
        #expect(found?.shortID == recorded.shortID)
    }
}
