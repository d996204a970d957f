import Foundation
import Testing
import WatchCore

/// Two 404/410 answers in a row remove an article; recent articles are due for a recheck.
@Suite struct RemovalAndRecheckConformanceTests {
    static let bureauURL = "http://gd.spb.gov.cn/art/1.shtml"
    static let mirrorURL = "https://mirror.example/art/1.html"

    @Sendable static func announceRemoval(_ removed: RemovedArticle) -> [OutboxEntry] {
        [
            OutboxEntry(
                deliveryID: "article.removed-\(removed.shortID)", event: .articleRemoved, webhookID: "ops",
                payload: Array(removed.shortID.utf8), createdAt: at(0), nextAttemptAt: at(0))
        ]
    }

    @Test(arguments: StoreKind.allCases)
    func twoGoneAnswersInARowRemoveTheArticleOnce(kind: StoreKind) async throws {
        try await StoreFixture.withStore(kind) { store in
            let article = try await store.record(page(Self.bureauURL, body: "通知正文"))

            let first = try await store.recordGone(
                url: Self.bureauURL, status: 404, at: at(10), announce: Self.announceRemoval)
            #expect(first == RemovalOutcome(consecutiveGone: 1))
            #expect(try await store.article(id: article.articleID)?.removed == false)

            let second = try await store.recordGone(
                url: Self.bureauURL, status: 410, at: at(20), announce: Self.announceRemoval)
            #expect(second.consecutiveGone == 2)
            #expect(second.removed.map(\.articleID) == [article.articleID])
            #expect(second.removed.map(\.shortID) == [article.shortID])
            // The removal carries the stored article, read inside its transaction, for the payload.
            #expect(second.removed.first?.article?.title == article.article.title)
            #expect(second.removed.first?.article?.removed == true)
            #expect(try await store.article(id: article.articleID)?.removed == true)

            let third = try await store.recordGone(
                url: Self.bureauURL, status: 404, at: at(30), announce: Self.announceRemoval)
            #expect(third.consecutiveGone == 3)
            #expect(third.removedNow == false)
            let events = try await store.dueDeliveries(now: at(100), limit: 10).map(\.event)
            #expect(events == [.articleNew, .articleRemoved])
        }
    }

    @Test(arguments: StoreKind.allCases)
    func anAnswerBetweenTwoGoneAnswersBreaksTheRun(kind: StoreKind) async throws {
        try await StoreFixture.withStore(kind) { store in
            let article = try await store.record(page(Self.bureauURL, body: "通知正文"))

            _ = try await store.recordGone(url: Self.bureauURL, status: 404, at: at(10), announce: Self.announceRemoval)
            try await store.recordAlive(url: Self.bureauURL, status: 304, at: at(20))
            let afterNotModified = try await store.recordGone(
                url: Self.bureauURL, status: 404, at: at(30),
                announce: Self.announceRemoval)
            #expect(afterNotModified == RemovalOutcome(consecutiveGone: 1))

            _ = try await store.record(page(Self.bureauURL, body: "通知正文", seconds: 40))
            let afterPage = try await store.recordGone(
                url: Self.bureauURL, status: 404, at: at(50), announce: Self.announceRemoval)
            #expect(afterPage == RemovalOutcome(consecutiveGone: 1))
            #expect(try await store.article(id: article.articleID)?.removed == false)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func aVanishedMirrorCopyDoesNotRemoveAnArticleItsBureauStillServes(kind: StoreKind) async throws {
        try await StoreFixture.withStore(kind) { store in
            let article = try await store.record(page(Self.bureauURL, body: "通知正文"))
            _ = try await store.record(
                page(
                    Self.mirrorURL, source: "mirror-news", kind: .mirror, body: "镜像",
                    match: .sameAs(article.articleID)))

            _ = try await store.recordGone(url: Self.mirrorURL, status: 404, at: at(10), announce: Self.announceRemoval)
            let gone = try await store.recordGone(
                url: Self.mirrorURL, status: 404, at: at(20), announce: Self.announceRemoval)

            #expect(gone.consecutiveGone == 2)
            #expect(gone.removedNow == false)
            #expect(try await store.article(id: article.articleID)?.removed == false)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func aStatusThatIsNotGoneIsNotCounted(kind: StoreKind) async throws {
        try await StoreFixture.withStore(kind) { store in
            _ = try await store.record(page(Self.bureauURL, body: "通知正文"))
            _ = try await store.recordGone(
                url: Self.bureauURL, status: 404, at: at(10), announce: Self.announceRemoval)
            let server = try await store.recordGone(
                url: Self.bureauURL, status: 500, at: at(20),
                announce: Self.announceRemoval)
            #expect(server == RemovalOutcome(consecutiveGone: 0))
        }
    }

    @Test(arguments: StoreKind.allCases)
    func recentArticlesOfTheSourceAreDueForARecheck(kind: StoreKind) async throws {
        try await StoreFixture.withStore(kind) { store in
            let day = 86_400
            _ = try await store.record(page("http://gd.spb.gov.cn/old.shtml", body: "八天前", seconds: 0))
            _ = try await store.record(page("http://gd.spb.gov.cn/new1.shtml", body: "三天前", seconds: 5 * day))
            _ = try await store.record(page("http://gd.spb.gov.cn/new2.shtml", body: "昨天", seconds: 7 * day))
            let gone = try await store.record(page("http://gd.spb.gov.cn/gone.shtml", body: "已删除", seconds: 6 * day))
            _ = try await store.record(
                page("http://js.spb.gov.cn/x.shtml", source: "js-news", body: "别的来源", seconds: 7 * day))
            for second in [1, 2] {
                _ = try await store.recordGone(
                    url: "http://gd.spb.gov.cn/gone.shtml", status: 404, at: at(7 * day + second),
                    announce: Self.announceRemoval)
            }
            #expect(try await store.article(id: gone.articleID)?.removed == true)

            // The removed article's page stays due: answering again restores it.
            let due = try await store.articlesDueForRecheck(sourceID: "gd-news", firstSeenAfter: at(8 * day - 7 * day))
            #expect(
                due == [
                    "http://gd.spb.gov.cn/new1.shtml", "http://gd.spb.gov.cn/gone.shtml",
                    "http://gd.spb.gov.cn/new2.shtml",
                ])
        }
    }

    @Test(arguments: StoreKind.allCases)
    func anAnswerBreaksItsURLsRunAndARepeatChangesNothing(kind: StoreKind) async throws {
        try await StoreFixture.withStore(kind) { store in
            let urls = ["http://gd.spb.gov.cn/a.shtml", "http://gd.spb.gov.cn/b.shtml"]
            for url in urls {
                _ = try await store.record(page(url, body: "正文 \(url)"))
                _ = try await store.recordGone(url: url, status: 404, at: at(10), announce: Self.announceRemoval)
            }
            let neverSeen = "http://gd.spb.gov.cn/never.shtml"
            for url in urls + [neverSeen] { try await store.recordAlive(url: url, status: 304, at: at(20)) }
            for url in urls { try await store.recordAlive(url: url, status: 304, at: at(25)) } // no change

            for url in urls + [neverSeen] {
                let next = try await store.recordGone(
                    url: url, status: 404, at: at(30), announce: Self.announceRemoval)
                #expect(next == RemovalOutcome(consecutiveGone: 1), "\(url)")
            }
        }
    }

    @Test(arguments: StoreKind.allCases)
    func theURLsDueForARecheckComeWithTheirValidators(kind: StoreKind) async throws {
        try await StoreFixture.withStore(kind) { store in
            let tagged = Validators(etag: "\"v1\"", lastModified: "Tue, 01 Dec 2026 08:00:00 GMT")
            _ = try await store.record(page("http://gd.spb.gov.cn/1.shtml", body: "一", seconds: 1, validators: tagged))
            _ = try await store.record(page("http://gd.spb.gov.cn/2.shtml", body: "二", seconds: 2))
            let etagOnly = Validators(etag: "\"v3\"", lastModified: nil)
            _ = try await store.record(page("http://gd.spb.gov.cn/3.shtml", body: "三", seconds: 3))
            try await store.saveValidators(etagOnly, for: "http://gd.spb.gov.cn/3.shtml")
            // A URL in a run of gone answers stays due: its next answer may break the run.
            _ = try await store.recordGone(
                url: "http://gd.spb.gov.cn/2.shtml", status: 404, at: at(4), announce: Self.announceRemoval)

            let scope = RecheckScope(sourceID: "gd-news")
            let targets = try await store.recheckTargets(scope, firstSeenAfter: at(0))
            #expect(targets.map(\.url) == ["1", "2", "3"].map { "http://gd.spb.gov.cn/\($0).shtml" })
            #expect(targets.map(\.validators) == [tagged, nil, etagOnly])
            #expect(try await store.articlesDueForRecheck(scope, firstSeenAfter: at(0)) == targets.map(\.url))
        }
    }

    /// A 304 may go unrecorded only where it could change nothing: no run of gone answers to
    /// break, and no other source's sighting whose recheck could start one meanwhile. The
    /// PostgreSQL store says so (it saves a round trip a recheck); the stores in the process
    /// record every 304.
    @Test(arguments: StoreKind.allCases)
    func a304NeedsRecordingWhenItCouldBreakARunOfGoneAnswers(kind: StoreKind) async throws {
        try await StoreFixture.withStore(kind) { store in
            let url = { (name: String) in "http://gd.spb.gov.cn/\(name).shtml" }
            let validators = Validators(etag: "\"v1\"", lastModified: nil)
            for name in ["quiet", "gone"] {
                _ = try await store.record(page(url(name), body: name, seconds: 1, validators: validators))
            }
            // A mirror's digest page, where another source later sighted a second article: that
            // source rechecks the URL too.
            _ = try await store.record(
                page(url("shared"), kind: .mirror, body: "一篇通知", seconds: 1, itemsOnPage: 2, validators: validators))
            _ = try await store.recordGone(url: url("gone"), status: 404, at: at(2), announce: Self.announceRemoval)
            _ = try await store.record(
                page(url("shared"), source: "gd-mirror", kind: .mirror, body: "另一篇通知", seconds: 3, itemsOnPage: 2))

            let targets = try await store.recheckTargets(RecheckScope(sourceID: "gd-news"), firstSeenAfter: at(0))
            let needs = Dictionary(uniqueKeysWithValues: targets.map { ($0.url, $0.needsNotModifiedRecord) })
            #expect(needs[url("gone")] == true)
            #expect(needs[url("shared")] == true)
            #expect(needs[url("quiet")] == (kind != .postgres))

            // Once its run is broken, the gone URL has nothing left for a 304 to change either.
            try await store.recordAlive(url: url("gone"), status: 304, at: at(4))
            let after = try await store.recheckTargets(RecheckScope(sourceID: "gd-news"), firstSeenAfter: at(0))
            #expect(after.first { $0.url == url("gone") }?.needsNotModifiedRecord == (kind != .postgres))
        }
    }

    /// A poll's claim reads the targets its recheck would (on PostgreSQL, one statement fewer per
    /// poll), for one source and for several, within each request's window; a request without a
    /// window reads none. The stores of one process claim without reading anything.
    @Test(arguments: StoreKind.allCases)
    func aPollsClaimReadsTheRecheckTargetsTheStoreWouldRead(kind: StoreKind) async throws {
        try await StoreFixture.withStore(kind) { store in
            let url = { (name: String) in "http://gd.spb.gov.cn/\(name).shtml" }
            let validators = Validators(etag: "\"v1\"", lastModified: nil)
            _ = try await store.record(page(url("quiet"), body: "quiet", seconds: 1, validators: validators))
            _ = try await store.record(page(url("gone"), body: "gone", seconds: 1))
            _ = try await store.record(page(url("shared"), kind: .mirror, body: "一篇通知", seconds: 1, itemsOnPage: 2))
            _ = try await store.recordGone(url: url("gone"), status: 404, at: at(2), announce: Self.announceRemoval)
            _ = try await store.record(
                page(url("shared"), source: "gd-mirror", kind: .mirror, body: "另一篇通知", seconds: 3, itemsOnPage: 2))
            _ = try await store.record(page(url("late"), body: "late", seconds: 3))
            let request = { (id: String, since: Int?) in
                SourceLeaseRequest(
                    sourceID: id, kind: .bureau, expiresAt: at(100), listURL: "http://\(id).example/list.html",
                    recheckSince: since.map(at))
            }
            let targets = { (id: String, since: Int) in
                try await store.recheckTargets(RecheckScope(sourceID: id), firstSeenAfter: at(since))
            }
            let gdNews = try await targets("gd-news", 0)
            #expect(Set(gdNews.map(\.url)) == Set(["quiet", "gone", "shared", "late"].map(url)))

            let one = try await store.claimPolls([request("gd-news", 2)], now: at(10), dueOnly: false)
            let several = try await store.claimPolls(
                [request("gd-news", 0), request("gd-mirror", 0), request("sz-news", 0), request("hb-news", nil)],
                now: at(10), dueOnly: false)
            guard kind == .postgres else {
                #expect(one.starts.isEmpty && several.starts.isEmpty)
                return
            }
            #expect(one.starts["gd-news"]?.recheckTargets == (try await targets("gd-news", 2)))
            #expect(one.starts["gd-news"]?.recheckTargets?.map(\.url) == [url("late")])
            #expect(several.starts["gd-news"]?.recheckTargets == gdNews)
            #expect(several.starts["gd-mirror"]?.recheckTargets == (try await targets("gd-mirror", 0)))
            #expect(several.starts["sz-news"]?.recheckTargets == [])
            #expect(several.starts["hb-news"] != nil && several.starts["hb-news"]?.recheckTargets == nil)
        }
    }
}
