import Foundation
import Testing
import WatchCore

/// What the CLI, the fetcher and the dedup index read back.
@Suite struct ReadsConformanceTests {
    @Test(arguments: StoreKind.allCases)
    func searchFindsChineseSubstringsOfTitlesAndBodies(kind: StoreKind) async throws {
        try await StoreFixture.withStore(kind) { store in
            let postal = try await store.record(
                page(
                    "http://a/1", title: "广东省邮政管理局召开会议",
                    body: "会议部署了寄递安全工作。", seconds: 1))
            let express = try await store.record(
                page(
                    "http://a/2", title: "快递业务量统计",
                    body: "1-5月，全国快递业务量累计完成156.9亿件。", seconds: 2))

            #expect(try await store.search("邮政管理", limit: 10).map(\.id) == [postal.articleID])
            #expect(try await store.search("156.9亿件", limit: 10).map(\.id) == [express.articleID])
            #expect(try await store.search("快递", limit: 10).map(\.id) == [express.articleID])
            #expect(try await store.search("会议", limit: 10).map(\.id) == [postal.articleID])
            #expect(try await store.search("邮政快递", limit: 10).isEmpty)
            #expect(try await store.search("\"邮政 OR *", limit: 10).isEmpty)
            #expect(try await store.search("  ", limit: 10).isEmpty)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func asciiSearchIgnoresCase(kind: StoreKind) async throws {
        try await StoreFixture.withStore(kind) { store in
            let article = try await store.record(page("http://a/1", body: "关于EMS特快专递的通知"))
            #expect(try await store.search("ems特快", limit: 10).map(\.id) == [article.articleID])
        }
    }

    @Test(arguments: StoreKind.allCases)
    func latestListsNewestFirstAndShowTakesAUniquePrefix(kind: StoreKind) async throws {
        try await StoreFixture.withStore(kind) { store in
            var outcomes: [RecordOutcome] = []
            for number in 1...3 {
                outcomes.append(
                    try await store.record(page("http://a/\(number)", body: "正文\(number)", seconds: number)))
            }
            #expect(
                try await store.latestArticles(limit: 2).map(\.id) == [outcomes[2].articleID, outcomes[1].articleID])

            let target = outcomes[0].shortID
            #expect(try await store.article(shortID: target)?.article.id == outcomes[0].articleID)
            #expect(try await store.article(shortID: target.uppercased())?.article.id == outcomes[0].articleID)
            #expect(try await store.article(shortID: "zz-not-hex") == nil)
            #expect(try await store.article(shortID: "") == nil)
            #expect(try await store.article(shortID: "000000000000") == nil)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func validatorsAreKeptPerURLAndSavedWithThePage(kind: StoreKind) async throws {
        try await StoreFixture.withStore(kind) { store in
            let list = "http://gd.spb.gov.cn/list.shtml"
            #expect(try await store.validators(for: list) == nil)
            try await store.saveValidators(
                Validators(etag: "\"v1\"", lastModified: "Sat, 21 Nov 2026 10:00:00 GMT"), for: list)
            #expect(
                try await store.validators(for: list)
                    == Validators(etag: "\"v1\"", lastModified: "Sat, 21 Nov 2026 10:00:00 GMT"))
            try await store.saveValidators(Validators(etag: "\"v2\""), for: list)
            #expect(try await store.validators(for: list) == Validators(etag: "\"v2\""))
            #expect(try await store.hasArticle(at: list) == false)

            let articleURL = "http://gd.spb.gov.cn/art/1.shtml"
            _ = try await store.record(page(articleURL, body: "正文", validators: Validators(etag: "\"a1\"")))
            #expect(try await store.validators(for: articleURL) == Validators(etag: "\"a1\""))
            _ = try await store.record(page(articleURL, body: "正文", seconds: 60))
            #expect(try await store.validators(for: articleURL) == Validators(etag: "\"a1\""))
        }
    }

    @Test(arguments: StoreKind.allCases)
    func sourceHealthKeepsFailuresAsData(kind: StoreKind) async throws {
        try await StoreFixture.withStore(kind) { store in
            let timeout = FetchError(
                kind: .timeout, url: "http://gd.spb.gov.cn/list.shtml", message: "no answer in 20 s")
            #expect(
                try await store.recordPollFailure(
                    sourceID: "gd-news", kind: .bureau, error: timeout, at: at(10),
                    nextDue: at(70)) == 1)
            #expect(
                try await store.recordPollFailure(
                    sourceID: "gd-news", kind: .bureau, error: timeout, at: at(70),
                    nextDue: at(190)) == 2)
            try await store.recordPollSuccess(sourceID: "mirror-news", kind: .mirror, at: at(5), nextDue: at(605))

            let health = try await store.sourceHealth()
            #expect(
                health == [
                    SourceStatus(
                        sourceID: "gd-news", kind: .bureau, nextDue: at(190), consecutiveFailures: 2,
                        lastErrorKind: .timeout, lastErrorMessage: "no answer in 20 s", lastErrorAt: at(70),
                        lastPolledBy: StoreFixture.pollerID(kind)),
                    SourceStatus(
                        sourceID: "mirror-news", kind: .mirror, nextDue: at(605), lastSuccess: at(5),
                        lastPolledBy: StoreFixture.pollerID(kind)),
                ])
            // One source's row, as each poll reads it, is that source's entry; a source never polled has none.
            #expect(try await store.sourceStatus("mirror-news") == health.last)
            #expect(try await store.sourceStatus("gd-news") == health.first)
            #expect(try await store.sourceStatus("never-polled") == nil)
            // What a poll starts from: the same row, and its list page's validators.
            let list = "http://gd.spb.gov.cn/list.html"
            let validators = Validators(etag: "\"l1\"", lastModified: nil)
            try await store.saveValidators(validators, for: list)
            #expect(
                try await store.pollStart(sourceID: "gd-news", listURL: list)
                    == PollStart(previous: health.first, listValidators: validators))
            #expect(
                try await store.pollStart(sourceID: "never-polled", listURL: "http://gd.spb.gov.cn/other.html")
                    == PollStart(previous: nil, listValidators: nil))
            #expect(
                try await store.pollStart(sourceID: "never-polled", listURL: list)
                    == PollStart(previous: nil, listValidators: validators))
            // The failing ones alone, as the daemon's health reads them after each poll.
            #expect(try await store.failingSources(atLeast: 2) == [health[0]])
            #expect(try await store.failingSources(atLeast: 3).isEmpty)
            #expect(try await store.failingSources(atLeast: 0) == health)
            // The scheduler's first plan: each due time and whether the source is failing.
            #expect(
                Set(try await store.dueTimes()) == [
                    StoredDueTime(sourceID: "gd-news", nextDue: at(190), failing: true),
                    StoredDueTime(sourceID: "mirror-news", nextDue: at(605), failing: false),
                ])

            try await store.recordPollSuccess(sourceID: "gd-news", kind: .bureau, at: at(200), nextDue: at(800))
            let recovered = try #require(try await store.sourceHealth().first)
            #expect(recovered.consecutiveFailures == 0)
            #expect(recovered.lastSuccess == at(200))
            // Recovery clears the error: `sources` must not show a fixed failure as the current one.
            #expect(recovered.lastErrorKind == nil)
            #expect(recovered.lastErrorMessage == nil)
            #expect(recovered.lastErrorAt == nil)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func robotsSkipsAreKeptPerSourceAndReplacedByTheNextPoll(kind: StoreKind) async throws {
        try await StoreFixture.withStore(kind) { store in
            try await store.recordRobotsSkipped(sourceID: "gd-news", kind: .bureau, count: 3)
            try await store.recordPollSuccess(sourceID: "gd-news", kind: .bureau, at: at(10), nextDue: at(70))
            #expect(try await store.sourceHealth().first?.robotsSkipped == 3)
            try await store.recordRobotsSkipped(sourceID: "gd-news", kind: .bureau, count: 0)
            #expect(try await store.sourceHealth().first?.robotsSkipped == 0)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func allFingerprintsComeInBatchesWithEveryBitIntact(kind: StoreKind) async throws {
        try await StoreFixture.withStore(kind) { store in
            var expected: [StoredFingerprint] = []
            for number in 1...25 {
                let observation = page(
                    "http://a/\(number)", body: "正文\(number)", numbers: ["\(number)月份", "156.9"],
                    simhash: UInt64.max - UInt64(number))
                let outcome = try await store.record(observation)
                expected.append(StoredFingerprint(articleID: outcome.articleID, fingerprint: observation.fingerprint))
            }

            var batches: [[StoredFingerprint]] = []
            for try await batch in store.allFingerprints(batchSize: 10) { batches.append(batch) }

            #expect(batches.map(\.count) == [10, 10, 5])
            #expect(batches.flatMap { $0 } == expected)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func everyTextOfAnArticleIsLoadedIntoTheIndexOnce(kind: StoreKind) async throws {
        try await StoreFixture.withStore(kind) { store in
            let original = page("http://gd.spb.gov.cn/1.shtml", body: "原文", simhash: 1)
            let article = try await store.record(original)
            let copy = page(
                "https://mirror.example/1.html", source: "mirror-news", kind: .mirror, body: "原文（转载）",
                simhash: 3, match: .sameAs(article.articleID))
            _ = try await store.record(copy)
            let revised = page("http://gd.spb.gov.cn/1.shtml", body: "原文（更正）", simhash: 7)
            _ = try await store.record(revised)
            _ = try await store.record(revised)
            let other = try await store.record(page("http://gd.spb.gov.cn/2.shtml", body: "另一篇", simhash: 9))

            var loaded: [StoredFingerprint] = []
            for try await batch in store.allFingerprints(batchSize: 1) { loaded += batch }

            let expected = [original, copy, revised].map {
                StoredFingerprint(articleID: article.articleID, fingerprint: $0.fingerprint)
            }
            .sorted { $0.fingerprint.sha256 < $1.fingerprint.sha256 }
            #expect(Array(loaded.prefix(3)) == expected)
            #expect(loaded.dropFirst(3).map(\.articleID) == [other.articleID])
        }
    }
}
