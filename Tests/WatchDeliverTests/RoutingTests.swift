import Foundation
import Testing
import WatchCore
@testable import WatchDeliver

@Suite struct RoutingTests {
    static let everything = WebhookConfig(id: "all", url: "http://a/")
    static let newOnly = WebhookConfig(id: "new", url: "http://b/", events: [.articleNew])
    static let spbNotices = WebhookConfig(id: "spb", url: "http://c/", events: [.articleNew, .articleUpdated],
                                          match: WebhookMatch(sources: ["spb-*"], keywords: ["通知", "公告"]))
    static let provinces = WebhookConfig(id: "prov", url: "http://d/",
                                         match: WebhookMatch(sources: ["??-news", "sh-*"]))
    static let webhooks = [everything, newOnly, spbNotices, provinces]

    static func article(source: String, title: String, body: String = "正文") -> DeliveredArticle {
        var article = Fixtures.article
        article.source = source
        article.title = title
        article.paragraphs = [body]
        return article
    }

    static func ids(_ event: EventKind, _ article: DeliveredArticle?) -> [String] {
        WebhookRouter.recipients(of: event, article: article, among: webhooks).map(\.id)
    }

    @Test func eventsFilterWhichWebhooksHearAnEvent() {
        let article = Self.article(source: "spb-news", title: "关于发布通知的公告")
        #expect(Self.ids(.articleNew, article) == ["all", "new", "spb"])
        #expect(Self.ids(.articleUpdated, article) == ["all", "spb"])
        #expect(Self.ids(.articleRemoved, article) == ["all"])
        #expect(Self.ids(.sourceFailing, nil) == ["all", "prov"])
    }

    @Test func sourceGlobsAndKeywordsMustBothMatch() {
        #expect(Self.ids(.articleNew, Self.article(source: "spb-news", title: "行业动态")) == ["all", "new"])
        #expect(Self.ids(.articleNew, Self.article(source: "spb-news", title: "动态", body: "现将有关事项公告如下")) == ["all", "new", "spb"])
        #expect(Self.ids(.articleNew, Self.article(source: "gd-news", title: "通知")) == ["all", "new", "prov"])
        #expect(Self.ids(.articleNew, Self.article(source: "gdx-news", title: "通知")) == ["all", "new"])
        #expect(Self.ids(.articleNew, Self.article(source: "sh-", title: "x")) == ["all", "new", "prov"])
        #expect(Self.ids(.articleNew, Self.article(source: "xspb-news", title: "通知")) == ["all", "new"])
    }

    @Test(arguments: [
        ("spb-*", "spb-news", true), ("spb-*", "spb-", true), ("spb-*", "spb", false), ("*", "", true),
        ("*-news", "gd-news", true), ("a*b*c", "aXbYc", true), ("a*b*c", "aXbY", false), ("?", "", false),
        ("gd-news", "gd-news", true), ("gd-news", "gd-newsx", false), ("**x", "abx", true),
    ])
    func globs(pattern: String, text: String, expected: Bool) {
        #expect(Glob.matches(pattern, text) == expected)
    }

    @Test func plannedEntriesCarryOnePayloadAndStableDistinctIDs() throws {
        let now = Fixtures.fetched
        let article = Self.article(source: "spb-news", title: "通知")
        let entries = OutboxPlanner.entries(for: .articleNew, article: article, path: "watch/x.md", webhooks: Self.webhooks, now: now)
        #expect(entries.map(\.webhookID) == ["all", "new", "spb"])
        #expect(Set(entries.map(\.deliveryID)).count == 3)
        #expect(entries.allSatisfy { $0.nextAttemptAt == now && $0.attempts == 0 && $0.event == .articleNew })
        // Planning the same event again gives the same ids; a new version gives new ones.
        let again = OutboxPlanner.entries(for: .articleNew, article: article, path: "watch/x.md", webhooks: Self.webhooks, now: now)
        #expect(again.map(\.deliveryID) == entries.map(\.deliveryID))
        var v2 = article
        v2.version = 2
        let updated = OutboxPlanner.entries(for: .articleUpdated, article: v2, path: "watch/x.v2.md", webhooks: Self.webhooks, now: now)
        #expect(Set(updated.map(\.deliveryID)).isDisjoint(with: entries.map(\.deliveryID)))
        let payload = try EventPayload(bytes: entries[0].payload)
        #expect(payload.event == .articleNew && payload.article?.path == "watch/x.md")
        #expect(entries[0].deliveryID.range(of: "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", options: .regularExpression) != nil)
    }

    @Test func aCorruptPayloadIsAClearError() {
        #expect {
            try EventPayload(bytes: Array("{\"event\": \"article.new\", \"article\": 3}".utf8))
        } throws: { error in
            (error as? DeliveryError)?.operation == "decode"
        }
    }

    @Test func jsonStringsEscapeWhatJSONRequires() throws {
        let value = JSONValue.object([("k", .string("\"\\\n\u{1}\u{2028}中"))])
        #expect(value.serialized == "{\"k\":\"\\\"\\\\\\n\\u0001\\u2028中\"}")
        let parsed = try JSONSerialization.jsonObject(with: Data(value.bytes)) as? [String: String]
        #expect(parsed?["k"] == "\"\\\n\u{1}\u{2028}中")
    }
}

@Suite struct ArticlePublisherTests {
    @Test func aNewArticleWritesItsFileAndPlansEntriesNamingIt() throws {
        let folder = try Fixtures.temporaryFolder()
        let publisher = ArticlePublisher(folder: WatchFolder(path: folder))
        let outcome = try publisher.publish(.articleNew, article: Fixtures.article, webhooks: RoutingTests.webhooks,
                                            now: Fixtures.fetched, logger: Fixtures.logger)
        #expect(outcome.fileName == "2023-10-26_gd-news_3f9a0c1b2d4e.md")
        #expect(try Fixtures.names(in: folder) == ["2023-10-26_gd-news_3f9a0c1b2d4e.md"])
        #expect(outcome.entries.map(\.webhookID) == ["all", "new", "prov"])
        let payload = try EventPayload(bytes: outcome.entries[0].payload)
        #expect(payload.article?.path == "watch/2023-10-26_gd-news_3f9a0c1b2d4e.md")
        // Publishing again (a re-run after a crash) rewrites the same file and plans the same ids.
        let again = try publisher.publish(.articleNew, article: Fixtures.article, webhooks: RoutingTests.webhooks,
                                          now: Fixtures.fetched, logger: Fixtures.logger)
        #expect(again == outcome)
        #expect(try Fixtures.names(in: folder).count == 1)
    }

    @Test func aRemovalWritesNoFile() throws {
        let folder = try Fixtures.temporaryFolder()
        let outcome = try ArticlePublisher(folder: WatchFolder(path: folder))
            .publish(.articleRemoved, article: Fixtures.article, webhooks: RoutingTests.webhooks,
                     now: Fixtures.fetched, logger: Fixtures.logger)
        #expect(outcome.fileName == nil)
        #expect(outcome.entries.map(\.webhookID) == ["all", "prov"])
        #expect(try Fixtures.names(in: folder).isEmpty)
    }

    @Test func aFailingSourceReadsWellInEveryChatFormat() throws {
        let source = SourceConfig(id: "gd-news", name: "广东省邮政管理局", kind: .bureau, url: "http://gd.spb.gov.cn/")
        let entry = try #require(OutboxPlanner.entries(failing: source, error: "timeout: 20 s", since: Fixtures.fetched,
                                                       webhooks: [RoutingTests.everything], now: Fixtures.fetched).first)
        let payload = try JSONSerialization.jsonObject(with: Data(entry.payload)) as? [String: Any]
        #expect(payload?["event"] as? String == "source.failing")
        let sourceFields = payload?["source"] as? [String: Any]
        #expect(sourceFields?["id"] as? String == "gd-news")
        #expect(sourceFields?["failing_since"] as? String == "2026-11-21T18:00:00+08:00")
        for format in WebhookFormat.allCases {
            let webhook = WebhookConfig(id: "all", url: "http://a/", format: format)
            let request = try WebhookRequestBuilder().request(for: entry, to: webhook, now: Fixtures.fetched)
            let text = String(decoding: request.body, as: UTF8.self)
            #expect(text.contains("广东省邮政管理局"), "format \(format)")
            #expect(text.contains("timeout: 20 s"), "format \(format)")
        }
    }
}

@Suite struct ShanghaiTimeTests {
    @Test func fieldsMatchFoundationsCalendarAcrossCenturiesAndLeapDays() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 8 * 3600)!
        // Every ~3.7 days from 1900 to 2100, plus leap-day edges.
        var instants = stride(from: -2_208_988_800.0, to: 4_102_444_800.0, by: 321_987.0).map { Date(timeIntervalSince1970: $0) }
        instants += [951_782_399, 951_782_400, 951_868_800, 4_107_542_399].map { Date(timeIntervalSince1970: $0) }
        for date in instants {
            let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
            let expected = String(format: "%04d-%02d-%02dT%02d:%02d:%02d+08:00",
                                  c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
            #expect(ShanghaiTime.timestamp(date) == expected)
        }
    }
}

@Suite struct SummaryTests {
    static func summary(_ paragraphs: [String], _ length: Int) -> String {
        var article = Fixtures.article
        article.paragraphs = paragraphs
        return Summary.of(article, length: length)
    }

    @Test func paragraphsAndLineBreaksBecomeSingleSpacesAndACutIsMarked() {
        #expect(Self.summary(["第一段\n\n续行", "", "第二段\n"], 100) == "第一段 续行 第二段")
        #expect(Self.summary(["abcdef"], 6) == "abcdef")
        #expect(Self.summary(["abcdef"], 5) == "abcde…")
        #expect(Self.summary(["abc", "def"], 3) == "abc…")
        #expect(Self.summary(["\nabc"], 10) == "abc")
        #expect(Self.summary([], 10) == "")
    }
}
