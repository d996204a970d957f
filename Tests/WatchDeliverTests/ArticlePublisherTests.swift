import Foundation
import Logging
import Testing
import WatchCore
import WatchTesting

@testable import WatchDeliver

@Suite struct ArticlePublisherTests {
    @Test func aNewArticleWritesItsFileAndPlansEntriesNamingIt() throws {
        let folder = try Fixtures.temporaryFolder()
        let publisher = ArticlePublisher(folder: WatchFolder(path: folder))
        let outcome = try publisher.publish(
            .articleNew, article: Fixtures.article, webhooks: RoutingTests.webhooks,
            now: Fixtures.fetched, logger: Fixtures.logger)
        #expect(outcome.fileName == "2023-10-26_gd-news_3f9a0c1b2d4e.md")
        #expect(try Fixtures.names(in: folder) == ["2023-10-26_gd-news_3f9a0c1b2d4e.md"])
        #expect(outcome.entries.map(\.webhookID) == ["all", "new", "prov"])
        let payload = try EventPayload(bytes: outcome.entries[0].payload)
        #expect(payload.article?.path == "watch/2023-10-26_gd-news_3f9a0c1b2d4e.md")
        // Publishing again (a re-run after a crash) rewrites the same file and plans the same ids.
        let again = try publisher.publish(
            .articleNew, article: Fixtures.article, webhooks: RoutingTests.webhooks,
            now: Fixtures.fetched, logger: Fixtures.logger)
        #expect(again == outcome)
        #expect(try Fixtures.names(in: folder).count == 1)
    }

    @Test func aRemovalWritesNoFile() throws {
        let folder = try Fixtures.temporaryFolder()
        let outcome = try ArticlePublisher(folder: WatchFolder(path: folder))
            .publish(
                .articleRemoved, article: Fixtures.article, webhooks: RoutingTests.webhooks,
                now: Fixtures.fetched, logger: Fixtures.logger)
        #expect(outcome.fileName == nil)
        #expect(outcome.entries.map(\.webhookID) == ["all", "prov"])
        #expect(try Fixtures.names(in: folder).isEmpty)
    }

    @Test func aFailingSourceReadsWellInEveryChatFormat() throws {
        let source = SourceConfig(id: "gd-news", name: "广东省邮政管理局", kind: .bureau, url: "http://gd.spb.gov.cn/")
        let entry = try #require(
            OutboxPlanner.entries(
                for: .sourceFailing, source: source, error: "timeout: 20 s", since: Fixtures.fetched,
                webhooks: [RoutingTests.everything], now: Fixtures.fetched
            ).first)
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
