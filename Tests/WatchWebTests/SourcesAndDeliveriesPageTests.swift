import Foundation
import Testing
import WatchCore
import WatchTesting

@testable import WatchWeb

/// `/sources` (health and next poll) and `/deliveries` (webhooks with pending and failing entries).
@Suite(.timeLimit(.minutes(1))) struct SourcesAndDeliveriesPageTests {
    @Test func aFailingSourceIsShownFailingWithItsErrorAndNextPoll() async throws {
        let web = try await WebFixture()
        await web.store.recordPollSuccess(sourceID: "gd-news", kind: .bureau, at: at(0), nextDue: at(1800))
        let error = FetchError(
            kind: .http, url: "http://sh.example/list.html?token=abc123",
            message: "HTTP 503 from http://sh.example/list.html?token=abc123", status: 503)
        await web.store.recordPollFailure(
            sourceID: "sh-news", kind: .bureau, error: error, at: at(60), nextDue: at(660))
        await web.store.recordPollFailure(
            sourceID: "sh-news", kind: .bureau, error: error, at: at(700), nextDue: at(1900))
        let html = try await web.page("/sources")
        await web.stop()

        let rows = html.components(separatedBy: "<tr class=\"source\"").dropFirst()
        let gd = try #require(rows.first { $0.contains("data-source=\"gd-news\"") })
        let sh = try #require(rows.first { $0.contains("data-source=\"sh-news\"") })
        let mirror = try #require(rows.first { $0.contains("data-source=\"mirror-x\"") })
        #expect(gd.contains("<td class=\"ok\">正常 ok</td>"))
        #expect(sh.contains("<td class=\"failing\">失败 failing ×2</td>"))
        #expect(sh.contains("http: HTTP 503 from http://sh.example/list.html?token=***"))
        #expect(!html.contains("abc123"), "a secret in a source URL reached the page")
        #expect(mirror.contains("未抓取 not polled yet"))
        // Next polls in China time: at(1800) is 22:43, at(1900) 22:45 on 2026-09-21.
        #expect(gd.contains("2026-09-21 22:43"))
        #expect(sh.contains("2026-09-21 22:45"))
        #expect(gd.contains("每 every 30m"))
    }

    /// On a shared store a source has a record from its first claim on: until that first poll is
    /// recorded, it is not polled yet (not "ok").
    @Test func aSourceWhoseFirstPollIsUnderWayIsNotPolledYet() {
        let lease = SourceLease(holder: "daemon-1", expiresAt: at(300))
        let claimed = SourceStatus(sourceID: "gd-news", kind: .bureau, lastPolledBy: nil, lease: lease)
        let source = SourceConfig(id: "gd-news", name: "广东局", kind: .bureau, url: "http://gd.spb.gov.cn/list.html")
        #expect(SourcesPage.state(claimed) == ("未抓取 not polled yet", "idle"))
        #expect(SourcesPage.row(source, status: claimed).stateLabel == "未抓取 not polled yet")
        var polled = claimed
        polled.lastSuccess = at(200)
        #expect(SourcesPage.state(polled) == ("正常 ok", "ok"))
    }

    @Test func webhooksWithPendingAndFailingDeliveries() async throws {
        let web = try await WebFixture()
        await web.store.enqueue([
            OutboxEntry(
                deliveryID: "d-new", event: .articleNew, webhookID: "ops", payload: [], createdAt: at(0),
                nextAttemptAt: at(0)),
            OutboxEntry(
                deliveryID: "d-retry", event: .articleUpdated, webhookID: "ops", payload: [], createdAt: at(10),
                nextAttemptAt: at(10)),
            OutboxEntry(
                deliveryID: "d-gone", event: .articleRemoved, webhookID: "renamed", payload: [], createdAt: at(20),
                nextAttemptAt: at(20)),
        ])
        try await web.store.markFailed(
            deliveryID: "d-retry",
            error: "HTTP 500 from https://hooks.example/send?access_token=SECRET42",
            nextAttemptAt: at(4000))
        let html = try await web.page("/deliveries")
        await web.stop()

        #expect(!html.contains("SECRET42"), "a webhook's token reached the page")
        #expect(html.contains("https://hooks.example/send?access_token=***"))
        let hooks = html.components(separatedBy: "<tr><td><strong>").dropFirst()
        let ops = try #require(hooks.first { $0.hasPrefix("ops<") })
        #expect(ops.contains("<td>2</td><td class=\"failing\">1</td>"))
        let quiet = try #require(hooks.first { $0.hasPrefix("quiet<") })
        #expect(quiet.contains("<td>slack</td><td>0</td>"))
        #expect(hooks.contains { $0.hasPrefix("renamed<") && $0.contains("no longer configured") })
        #expect(html.contains("待发送 Pending deliveries (3)"))
        let retry = try #require(html.components(separatedBy: "<tr").first { $0.contains("d-retry") })
        #expect(retry.hasPrefix(" class=\"failing\""))
        #expect(retry.contains("HTTP 500 from https://hooks.example/send?access_token=***"))
        #expect(retry.contains("<td>1</td>"))
    }
}
