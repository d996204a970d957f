import Foundation
import WatchCore

/// What a webhook answered to `notify test`.
public struct WebhookTestResult: Sendable, Hashable {
    /// The HTTP status, or `nil` when no answer came.
    public var status: Int?
    /// The answer's body (or the transfer error).
    public var body: String
    /// What the answer means, judged as for real deliveries; `nil` when no answer came.
    public var verdict: WebhookVerdict?
    /// Whether the receiver accepted the event (a 2xx, and the robot's own code says success).
    public var succeeded: Bool { verdict == .accepted }
}

/// The sample article `notify test` announces.
public enum SampleEvent {
    public static func article(now: Date) -> DeliveredArticle {
        DeliveredArticle(
            id: "000000000000", title: "bureauwatch 测试消息 · test event", published: now, source: "bureauwatch-test",
            sourceName: "bureauwatch", publisher: "bureauwatch", url: "https://www.spb.gov.cn/",
            fetched: now, contentSHA256: String(repeating: "0", count: 64),
            paragraphs: ["这是一条测试消息：webhook 配置正确时，新文章将以同样的格式送达。"])
    }
}

/// Sends one `test` event to `webhook` (its `${VAR}` already resolved), rendered and signed
/// exactly as real deliveries are, bypassing the outbox, and reports the answer
/// (`bureauwatch notify test ID`). The event is `test`, in the header and the payload, so a
/// receiver that routes on the event does not take it for a notice.
public func sendTestEvent(
    to webhook: WebhookConfig, via transport: any Transport,
    clock: any WallClock = SystemClock(),
    builder: WebhookRequestBuilder = WebhookRequestBuilder()
) async -> WebhookTestResult {
    let now = clock.now
    let article = SampleEvent.article(now: now)
    let payload = EventPayload(event: .test, article: article, path: "watch/" + WatchFileName.name(for: article))
    let entry = OutboxEntry(
        deliveryID: "test-" + UUID().uuidString.lowercased(), event: .test,
        webhookID: webhook.id, payload: payload.json.bytes, createdAt: now, nextAttemptAt: now)
    let request: HTTPRequest
    do {
        request = try builder.request(for: entry, to: webhook, now: now)
    } catch {
        return WebhookTestResult(status: nil, body: "cannot build the request: \(error)", verdict: nil)
    }
    let result = await transport.send(request)
    switch result {
    case .success(let response):
        return WebhookTestResult(
            status: response.status, body: String(decoding: response.body, as: UTF8.self),
            verdict: WebhookVerdict.judge(response, format: webhook.format))
    case .failure:
        return WebhookTestResult(status: nil, body: DeliveryWorker.describe(result), verdict: nil)
    }
}
