import Foundation
import Testing
import WatchCore

/// New articles, unchanged pages, new versions: the same answers from both stores.
@Suite struct RecordingConformanceTests {
    static let bureauURL = "http://gd.spb.gov.cn/gdyzgljwzfb/c100064/202310/abc.shtml"
    static let body = "近日，河源、梅州、茂名、潮州市邮政管理局分别与当地市场监管局召开三季度政企联席会。\n\n会议要求各单位落实安全生产责任。"

    @Test(arguments: StoreKind.allCases)
    func aNewPageStoresArticleVersionSightingSeenURLAndOutboxTogether(kind: StoreKind) async throws {
        try await StoreFixture.withStore(kind) { store in
            let observation = page(
                Self.bureauURL, body: Self.body, numbers: ["2023", "3"], simhash: 0x8000_0000_0000_0001)
            let outcome = try await store.record(observation)

            #expect(outcome.change == .newArticle)
            #expect(outcome.event == .articleNew)
            #expect(outcome.shortID == String(fakeSHA(Self.body).prefix(12)))
            let detail = try #require(try await store.article(shortID: outcome.shortID))
            #expect(detail.article.title == "关于开展邮政管理工作的通知")
            #expect(detail.article.body == Self.body)
            #expect(detail.article.canonicalURL == Self.bureauURL)
            #expect(detail.article.firstURL == Self.bureauURL)
            #expect(detail.article.firstSourceID == "gd-news")
            #expect(detail.article.firstSeen == at(0))
            #expect(detail.article.published == at(-86_400))
            #expect(detail.article.documentNumber == "粤邮管〔2026〕1号")
            #expect(detail.article.attachments == [Attachment(title: "附件1.docx", url: Self.bureauURL + ".docx")])
            #expect(detail.article.fingerprint == observation.fingerprint)
            #expect(
                detail.sightings == [
                    Sighting(url: Self.bureauURL, sourceID: "gd-news", kind: .bureau, seenAt: at(0), match: .first)
                ])
            #expect(detail.versions.map(\.number) == [1])
            #expect(try await store.hasArticle(at: Self.bureauURL))
            let due = try await store.dueDeliveries(now: at(0), limit: 10)
            #expect(due.map(\.deliveryID) == ["article.new-\(outcome.shortID)"])
            #expect(
                try await store.statistics()
                    == StoreStatistics(
                        articles: 1, sightings: 1, versions: 1, seenURLs: 1,
                        outboxEntries: 1))
        }
    }

    @Test(arguments: StoreKind.allCases)
    func theSameTextServedAgainChangesNothing(kind: StoreKind) async throws {
        try await StoreFixture.withStore(kind) { store in
            let first = try await store.record(page(Self.bureauURL, body: Self.body))
            let before = try await store.statistics()

            let again = try await store.record(
                page(
                    Self.bureauURL, body: Self.body, match: .sameAs(first.articleID),
                    seconds: 3_600))

            #expect(again.change == .unchanged)
            #expect(again.event == nil)
            #expect(again.articleID == first.articleID)
            #expect(try await store.statistics() == before)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func aChangedTextAtAKnownURLIsANewVersionKeepingTheShortID(kind: StoreKind) async throws {
        try await StoreFixture.withStore(kind) { store in
            let first = try await store.record(page(Self.bureauURL, body: Self.body))
            let revised = Self.body + "\n\n（更正：会议时间为10月26日）"

            // The first poll that sees the new text only keeps it as a candidate; the next one agrees.
            let candidate = try await store.record(page(Self.bureauURL, title: "更正后的通知", body: revised, seconds: 3_600))
            #expect(candidate.change == .unchanged)
            #expect(candidate.event == nil)
            let outcome = try await store.record(page(Self.bureauURL, title: "更正后的通知", body: revised, seconds: 7_200))

            #expect(outcome.change == .newVersion(2))
            #expect(outcome.event == .articleUpdated)
            #expect(outcome.articleID == first.articleID)
            #expect(outcome.shortID == first.shortID)
            #expect(outcome.article.currentVersion == 2)
            #expect(outcome.article.title == "更正后的通知")
            let detail = try #require(try await store.article(shortID: first.shortID))
            #expect(detail.article.currentVersion == 2)
            #expect(detail.article.title == "更正后的通知")
            #expect(detail.article.body == revised)
            #expect(detail.article.fingerprint.sha256 == fakeSHA(revised))
            #expect(detail.versions.map(\.number) == [1, 2])
            #expect(detail.versions.map(\.sha256) == [fakeSHA(Self.body), fakeSHA(revised)])
            #expect(detail.versions[1].fetchedAt == at(7_200))
            #expect(try await store.search("更正", limit: 5).map(\.id) == [first.articleID])
            #expect(
                try await store.dueDeliveries(now: at(0), limit: 10).map(\.event) == [.articleNew, .articleUpdated])

            let unchanged = try await store.record(page(Self.bureauURL, title: "更正后的通知", body: revised, seconds: 9_000))
            #expect(unchanged.change == .unchanged)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func anExactHashMatchIsASightingEvenWhenTheDecisionSaysNew(kind: StoreKind) async throws {
        try await StoreFixture.withStore(kind) { store in
            let first = try await store.record(page(Self.bureauURL, body: Self.body))

            let copy = try await store.record(
                page(
                    "https://mirror.example/a/1.html", source: "mirror-news",
                    kind: .mirror, body: Self.body, match: .new))

            #expect(copy.change == .newSighting)
            #expect(copy.articleID == first.articleID)
            #expect(try await store.statistics().articles == 1)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func aDecisionNamingAnUnknownArticleIsRefusedAndChangesNothing(kind: StoreKind) async throws {
        try await StoreFixture.withStore(kind) { store in
            _ = try await store.record(page(Self.bureauURL, body: Self.body))
            let before = try await store.statistics()

            await #expect(throws: StoreError.unknownArticle(ArticleID(999))) {
                try await store.record(
                    page(
                        "https://mirror.example/x.html", source: "mirror-news", kind: .mirror,
                        body: "另一篇", match: .sameAs(ArticleID(999))))
            }
            #expect(try await store.statistics() == before)
            #expect(try await store.hasArticle(at: "https://mirror.example/x.html") == false)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func aDigestPageCarriesSeveralArticlesAtOneURL(kind: StoreKind) async throws {
        try await StoreFixture.withStore(kind) { store in
            let digest = "https://mirror.example/digest/2023-10.html"
            let items = ["江西省邮政管理局召开会议。", "湖南省邮政管理局开展检查。", "广东省邮政管理局发布通报。"]
            var ids: [ArticleID] = []
            for item in items {
                ids.append(
                    try await store.record(
                        page(digest, source: "mirror-news", kind: .mirror, body: item, itemsOnPage: 3)
                    ).articleID)
            }
            #expect(Set(ids).count == 3)

            // Polled again: each item finds its own article; nothing changes.
            for (item, id) in zip(items, ids) {
                let again = try await store.record(
                    page(digest, source: "mirror-news", kind: .mirror, body: item, itemsOnPage: 3))
                #expect(again.change == .unchanged)
                #expect(again.articleID == id)
            }
            #expect(try await store.statistics().sightings == 3)

            // One item corrected: the deduplicator ties it to its article, which gets a version 2 once
            // a second poll sees the same correction.
            var corrected = try await store.record(
                page(
                    digest, source: "mirror-news", kind: .mirror,
                    body: items[1] + "（更正）", match: .sameAs(ids[1]),
                    itemsOnPage: 3))
            #expect(corrected.change == .unchanged)
            corrected = try await store.record(
                page(
                    digest, source: "mirror-news", kind: .mirror,
                    body: items[1] + "（更正）", match: .sameAs(ids[1]),
                    itemsOnPage: 3))
            #expect(corrected.change == .newVersion(2))
            #expect(corrected.articleID == ids[1])
        }
    }
}
