import Foundation
import WatchCore

/// What a webhook answered to `notify test`.
public struct WebhookTestResult: Sendable, Hashable {
    /// The HTTP status, or `nil` when no answer came.
    public var status: Int?
    /// The answer's body (or the transfer error).
    public var body: String
    /// Whether the answer was 2xx.
    public var succeeded: Bool { status.map { (200..<300).contains($0) } ?? false }
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

/// Sends one sample `article.new` event to `webhook`, rendered and signed exactly as real
/// deliveries are, bypassing the outbox, and reports the answer (`bureauwatch notify test ID`).
public func sendTestEvent(to webhook: WebhookConfig, via transport: any Transport,
                          clock: any WallClock = SystemClock(),
                          builder: WebhookRequestBuilder = WebhookRequestBuilder()) async -> WebhookTestResult {
    let now = clock.now
    let article = SampleEvent.article(now: now)
    let payload = EventPayload(event: .articleNew, article: article, path: "watch/" + WatchFileName.name(for: article))
    let entry = OutboxEntry(deliveryID: "test-" + UUID().uuidString.lowercased(), event: .articleNew,
                            webhookID: webhook.id, payload: payload.json.bytes, createdAt: now, nextAttemptAt: now)
    let request: HTTPRequest
    do {
        request = try builder.request(for: entry, to: webhook, now: now)
    } catch {
        return WebhookTestResult(status: nil, body: "cannot build the request: \(error)")
    }
    let result = await transport.send(request)
    switch result {
    case .success(let response):
        return WebhookTestResult(status: response.status, body: String(decoding: response.body, as: UTF8.self))
    case .failure:
        return WebhookTestResult(status: nil, body: DeliveryWorker.describe(result))
    }
}
