import Foundation
import Testing
import WatchCore

/// `articles list` and `export` (published order, source and date filters), the previous text a
/// new version carries, and a reload's re-planned poll.
@Suite struct ArticleQueryConformanceTests {
    static let day: Double = 86_400

    /// A page whose article states `published` (`nil`: no date on the page).
    func dated(
        _ url: String, source: String = "gd-news", kind: SourceRole = .bureau, published: Date?,
        seconds: Int
    ) -> PageObservation {
        var observation = page(
            url, source: source, kind: kind, body: "正文 " + url, simhash: UInt64(seconds) << 40,
            seconds: seconds)
        observation.article.published = published
        return observation
    }

    @Test(arguments: StoreKind.allCases)
    func listIsNewestPublishedFirstWithUndatedLastAndFilters(kind: StoreKind) async throws {
        try await StoreFixture.withStore(kind) { store in
            let recent = try await store.record(dated("http://a/1", published: at(-1 * Int(Self.day)), seconds: 1))
                .articleID
            let old = try await store.record(dated("http://a/2", published: at(-3 * Int(Self.day)), seconds: 2))
                .articleID
            let undated = try await store.record(dated("http://a/3", published: nil, seconds: 3)).articleID
            let mirrored = try await store.record(
                dated(
                    "http://m/4", source: "mirror-x", kind: .mirror,
                    published: at(-2 * Int(Self.day)), seconds: 4)
            ).articleID
            func ids(_ query: ArticleQuery) async throws -> [ArticleID] {
                try await store.articles(matching: query).map(\.id)
            }

            #expect(try await ids(ArticleQuery(limit: 10)) == [recent, mirrored, old, undated])
            #expect(try await ids(ArticleQuery(limit: 2)) == [recent, mirrored])
            #expect(try await ids(ArticleQuery(sourceID: "gd-news", limit: 10)) == [recent, old, undated])
            #expect(try await ids(ArticleQuery(sourceID: "mirror-x", limit: 10)) == [mirrored])
            #expect(try await ids(ArticleQuery(sourceID: "nobody", limit: 10)).isEmpty)
            // An undated article is placed by when it was first seen (after every published date here).
            #expect(
                try await ids(ArticleQuery(since: at(-2 * Int(Self.day)), limit: 10)) == [recent, mirrored, undated])
            #expect(try await ids(ArticleQuery(until: at(-2 * Int(Self.day)), limit: 10)) == [old])
            #expect(
                try await ids(
                    ArticleQuery(
                        sourceID: "gd-news", since: at(-2 * Int(Self.day)),
                        until: at(0), limit: 10)) == [recent])
        }
    }

    @Test(arguments: StoreKind.allCases)
    func aNewVersionCarriesTheTextBeforeIt(kind: StoreKind) async throws {
        try await StoreFixture.withStore(kind) { store in
            let first = try await store.record(page("http://a/1", body: "第一段\n\n截止6月30日", seconds: 0))
            #expect(first.previousBody == nil)
            _ = try await store.record(page("http://a/1", body: "第一段\n\n截止7月15日", seconds: 600))
            let confirmed = try await store.record(page("http://a/1", body: "第一段\n\n截止7月15日", seconds: 1_200))
            #expect(confirmed.change == .newVersion(2))
            let versions = try await store.article(shortID: first.shortID)?.versions ?? []
            #expect(versions.count == 2)
            #expect(confirmed.previousBody == versions.first?.body)
            #expect(confirmed.previousBody?.contains("6月30日") == true)
            // Any later page of the article carries it too (a mirror sighting rewrites the .v2.md).
            let again = try await store.record(page("http://a/1", body: "第一段\n\n截止7月15日", seconds: 1_800))
            #expect(again.change == .unchanged)
            #expect(again.previousBody == confirmed.previousBody)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func rescheduleMovesAPolledSourcesNextPollOnly(kind: StoreKind) async throws {
        try await StoreFixture.withStore(kind) { store in
            try await store.recordPollSuccess(sourceID: "gd-news", kind: .bureau, at: at(0), nextDue: at(1_800))
            try await store.reschedule(sourceID: "gd-news", nextDue: at(300))
            try await store.reschedule(sourceID: "never-polled", nextDue: at(300))
            let health = try await store.sourceHealth()
            #expect(health.map(\.sourceID) == ["gd-news"])
            #expect(health.first?.nextDue == at(300))
            #expect(health.first?.lastSuccess == at(0))
        }
    }
}
