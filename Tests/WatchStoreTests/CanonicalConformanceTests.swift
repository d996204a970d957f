import Foundation
import Testing
import WatchCore

/// The bureau's page is canonical; mirrors are sightings of it, whichever is seen first.
@Suite struct CanonicalConformanceTests {
    static let bureauURL = "http://gd.spb.gov.cn/gdyzgljwzfb/c100064/202310/abc.shtml"
    static let mirrorURL = "https://www.kuaidi-news.example/2023/1027/88.html"
    static let body = "近日，河源、梅州、茂名、潮州市邮政管理局分别召开三季度政企联席会。"
    /// The mirror's copy: same article, other boilerplate, so another hash.
    static let mirrorBody = body + "（来源：广东省邮政管理局）"

    @Test(arguments: StoreKind.allCases)
    func aMirrorsOriginalLinkLinksTheBureauPageBeforeAndAfterItIsFetched(kind: StoreKind) async throws {
        try await StoreFixture.withStore(kind) { store in
            let copy = try await store.record(
                page(
                    Self.mirrorURL, source: "mirror-news", kind: .mirror, body: Self.mirrorBody,
                    original: Self.bureauURL))
            #expect(copy.change == .newArticle)
            #expect(try await store.article(id: copy.articleID)?.canonicalURL == Self.bureauURL)

            // The bureau page is fetched later; the deduplicator saw a different hash and said "new",
            // but the URL is the one the mirror named: same article, no new event.
            let bureau = try await store.record(page(Self.bureauURL, body: Self.body, match: .new, seconds: 600))

            #expect(bureau.change == .newSighting)
            #expect(bureau.event == nil)
            #expect(bureau.articleID == copy.articleID)
            #expect(bureau.becameCanonical)
            #expect(bureau.article.canonicalURL == Self.bureauURL)
            #expect(bureau.article.body == Self.mirrorBody)
            let detail = try #require(try await store.article(shortID: copy.shortID))
            #expect(detail.article.canonicalURL == Self.bureauURL)
            #expect(detail.mirrorURLs == [Self.mirrorURL])
            #expect(detail.sightings.map(\.url) == [Self.mirrorURL, Self.bureauURL])
            #expect(try await store.statistics().articles == 1)
            #expect(try await store.dueDeliveries(now: at(0), limit: 10).count == 1)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func aSecondMirrorNamingAKnownBureauPageJoinsItsArticle(kind: StoreKind) async throws {
        try await StoreFixture.withStore(kind) { store in
            let bureau = try await store.record(page(Self.bureauURL, body: Self.body))

            let copy = try await store.record(
                page(
                    "https://other-mirror.example/1.html", source: "mirror-two",
                    kind: .mirror, body: "完全不同的镜像文字", original: Self.bureauURL))

            #expect(copy.change == .newSighting)
            #expect(copy.articleID == bureau.articleID)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func aBureauPageFoundLaterForAMirrorArticleBecomesCanonicalOnce(kind: StoreKind) async throws {
        try await StoreFixture.withStore(kind) { store in
            let copy = try await store.record(
                page(Self.mirrorURL, source: "mirror-news", kind: .mirror, body: Self.mirrorBody))
            #expect(try await store.article(id: copy.articleID)?.canonicalURL == nil)

            let bureau = try await store.record(
                page(
                    Self.bureauURL, body: Self.body, match: .sameAs(copy.articleID),
                    seconds: 60))
            #expect(bureau.change == .newSighting)
            #expect(bureau.becameCanonical)
            #expect(try await store.article(id: copy.articleID)?.canonicalURL == Self.bureauURL)

            // Another mirror, and a second bureau listing of the same notice, leave the canonical page alone.
            let later = try await store.record(
                page(
                    "https://third.example/9.html", source: "mirror-three", kind: .mirror,
                    body: "镜像三", match: .sameAs(copy.articleID), seconds: 120))
            let national = try await store.record(
                page(
                    "https://www.spb.gov.cn/copy/9.html", source: "spb-news", body: "国家局转载",
                    match: .sameAs(copy.articleID), seconds: 180))
            #expect(later.becameCanonical == false)
            #expect(national.becameCanonical == false)
            #expect(try await store.article(id: copy.articleID)?.canonicalURL == Self.bureauURL)
            #expect(try await store.article(shortID: copy.shortID)?.sightings.count == 4)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func aBureauPageReplacesACanonicalURLThatAMirrorOnlyNamed(kind: StoreKind) async throws {
        try await StoreFixture.withStore(kind) { store in
            // The mirror named a URL that is never fetched (a dead link); the bureau page found later wins.
            let copy = try await store.record(
                page(
                    Self.mirrorURL, source: "mirror-news", kind: .mirror,
                    body: Self.mirrorBody, original: "http://gd.spb.gov.cn/dead.shtml"))
            let bureau = try await store.record(
                page(Self.bureauURL, body: Self.body, match: .sameAs(copy.articleID)))
            #expect(bureau.becameCanonical)
            #expect(try await store.article(id: copy.articleID)?.canonicalURL == Self.bureauURL)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func aMirrorNamingOneOriginalForEveryCopyDoesNotMergeThem(kind: StoreKind) async throws {
        try await StoreFixture.withStore(kind) { store in
            let home = "http://www.spb.gov.cn/"
            let first = try await store.record(
                page(
                    "https://lazy-mirror.example/1.html", source: "lazy", kind: .mirror,
                    body: "第一篇通知", original: home))
            let second = try await store.record(
                page(
                    "https://lazy-mirror.example/2.html", source: "lazy", kind: .mirror,
                    body: "第二篇通知，内容不同", original: home))

            #expect(second.change == .newArticle)
            #expect(second.articleID != first.articleID)
            #expect(first.article.canonicalURL == home)
            #expect(second.article.canonicalURL == nil)
        }
    }
}
