import Foundation
import Testing
import WatchCore

@testable import WatchDeliver

@Suite struct RoutingTests {
    static let everything = WebhookConfig(id: "all", url: "http://a/")
    static let newOnly = WebhookConfig(id: "new", url: "http://b/", events: [.articleNew])
    static let spbNotices = WebhookConfig(
        id: "spb", url: "http://c/", events: [.articleNew, .articleUpdated],
        match: WebhookMatch(sources: ["spb-*"], keywords: ["通知", "公告"]))
    static let provinces = WebhookConfig(
        id: "prov", url: "http://d/",
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
        #expect(
            Self.ids(.articleNew, Self.article(source: "spb-news", title: "动态", body: "现将有关事项公告如下")) == [
                "all", "new", "spb",
            ])
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
        let entries = OutboxPlanner.entries(
            for: .articleNew, article: article, path: "watch/x.md", webhooks: Self.webhooks, now: now)
        #expect(entries.map(\.webhookID) == ["all", "new", "spb"])
        #expect(Set(entries.map(\.deliveryID)).count == 3)
        #expect(entries.allSatisfy { $0.nextAttemptAt == now && $0.attempts == 0 && $0.event == .articleNew })
        // Planning the same event again gives the same ids; a new version gives new ones.
        let again = OutboxPlanner.entries(
            for: .articleNew, article: article, path: "watch/x.md", webhooks: Self.webhooks, now: now)
        #expect(again.map(\.deliveryID) == entries.map(\.deliveryID))
        var v2 = article
        v2.version = 2
        let updated = OutboxPlanner.entries(
            for: .articleUpdated, article: v2, path: "watch/x.v2.md", webhooks: Self.webhooks, now: now)
        #expect(Set(updated.map(\.deliveryID)).isDisjoint(with: entries.map(\.deliveryID)))
        let payload = try EventPayload(bytes: entries[0].payload)
        #expect(payload.event == .articleNew && payload.article?.path == "watch/x.md")
        #expect(
            entries[0].deliveryID.range(
                of: "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", options: .regularExpression)
                != nil)
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
