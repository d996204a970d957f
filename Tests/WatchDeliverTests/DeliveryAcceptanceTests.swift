import Foundation
import Testing
import WatchCore
import WatchTesting

@testable import WatchDeliver

/// A delivery counts only when the receiver accepted it, on real loopback receivers through the
/// daemon's webhook transport.
@Suite struct DeliveryAcceptanceTests {
    /// `count` entries for `webhook`, created one second apart, in an in-memory outbox.
    static func setUp(_ webhook: WebhookConfig, count: Int = 1, environment: [String: String] = [:])
        async -> (worker: DeliveryWorker, outbox: InMemoryStore, clock: ManualClock, entries: [OutboxEntry])
    {
        let clock = ManualClock()
        let outbox = InMemoryStore(clock: clock)
        var entries: [OutboxEntry] = []
        for index in 0..<count {
            var article = Fixtures.article
            article.version = index + 1
            entries += OutboxPlanner.entries(
                for: .articleNew, article: article, path: "watch/a.md",
                webhooks: [webhook], now: clock.now.addingTimeInterval(Double(index)))
        }
        await outbox.enqueue(entries)
        clock.advance(by: Double(count))
        let worker = DeliveryWorker(
            outbox: outbox, webhooks: [webhook], transport: Fixtures.transport, clock: clock,
            policy: .standard, environment: environment,
            sleep: { clock.advance(by: $0.seconds) }, logger: Fixtures.logger)
        return (worker, outbox, clock, entries)
    }

    @Test func aDingTalkSendTooFastIsRetriedAfterThePauseAndTheStatusShowsTheCode() async throws {
        let answers = AnswerScript(["{\"errcode\":130101,\"errmsg\":\"send too fast\"}"])
        let receiver = try LoopbackHTTPServer { _ in .text(answers.next(), contentType: "application/json") }
        defer { receiver.stop() }
        let webhook = WebhookConfig(id: "ding", url: receiver.baseURL + "/robot/send", format: .dingtalk)
        let (worker, outbox, clock, entries) = await Self.setUp(webhook, count: 2)

        // The refusal pauses the whole lane: the second entry is not sent into a muted robot.
        #expect(try await worker.drain() == DeliveryReport(retried: 1))
        #expect(receiver.requests.count == 1)
        let failing = try #require(await outbox.deliveryStatus().first)
        #expect(failing.lastError == "errcode 130101: send too fast")
        #expect(failing.failingSince == clock.now && failing.pending == 2 && failing.lastSuccess == nil)
        clock.advance(by: 60)
        #expect(try await worker.drain() == DeliveryReport())
        #expect(receiver.requests.count == 1)

        clock.advance(by: WebhookVerdict.dingtalkPause.seconds)
        #expect(try await worker.drain() == DeliveryReport(delivered: 2))
        let ids = receiver.requests.compactMap { $0.header("X-Bureauwatch-Delivery") }
        #expect(ids == [entries[0].deliveryID, entries[0].deliveryID, entries[1].deliveryID])
        let recovered = try #require(await outbox.deliveryStatus().first)
        #expect(recovered.failingSince == nil && recovered.pending == 0 && recovered.lastSuccess == clock.now)
        #expect(recovered.lastError == "errcode 130101: send too fast")
    }

    @Test func aRedirectIsAFailureAndNothingIsSentAsAGet() async throws {
        let receiver = try LoopbackHTTPServer { request in
            request.path == "/hook" ? .response(status: 301, headers: [("Location", "/moved")]) : .text("ok")
        }
        defer { receiver.stop() }
        let (worker, outbox, _, entries) = await Self.setUp(WebhookConfig(id: "ops", url: receiver.baseURL + "/hook"))

        #expect(try await worker.drain() == DeliveryReport(retried: 1))
        #expect(receiver.requests.map(\.method) == ["POST"])
        let error = try #require(await outbox.outboxEntry(entries[0].deliveryID)?.lastError)
        #expect(error.hasPrefix("HTTP 301 redirect to /moved"), "\(error)")
        #expect(await outbox.outboxState(entries[0].deliveryID) == "pending")
    }

    @Test func a307ToAnotherHostSendsItNothing() async throws {
        let elsewhere = try LoopbackHTTPServer { _ in .text("{\"errcode\":0}") }
        defer { elsewhere.stop() }
        let receiver = try LoopbackHTTPServer { _ in
            .response(status: 307, headers: [("Location", elsewhere.baseURL + "/steal")])
        }
        defer { receiver.stop() }
        let (worker, outbox, _, entries) = await Self.setUp(
            WebhookConfig(
                id: "ops", url: receiver.baseURL + "/hook",
                secret: "s3cret"))

        #expect(try await worker.drain() == DeliveryReport(retried: 1))
        #expect(receiver.requests.count == 1)
        #expect(elsewhere.requests.isEmpty)
        #expect(
            await outbox.outboxEntry(entries[0].deliveryID)?.lastError?.contains(elsewhere.baseURL + "/steal") == true)
    }

    @Test func aSecretIsReadFromTheEnvironmentWhenTheWebhookIsUsed() async throws {
        let receiver = try WebhookReceiver()
        defer { receiver.stop() }
        let webhook = WebhookConfig(id: "ops", url: receiver.url, secret: "${BW_HOOK_SECRET}")
        let (unset, outbox, _, entries) = await Self.setUp(webhook)
        #expect(try await unset.drain() == DeliveryReport(retried: 1))
        #expect(receiver.requests.isEmpty)
        #expect(
            await outbox.outboxEntry(entries[0].deliveryID)?.lastError
                == "webhook ops: ${BW_HOOK_SECRET} is not set in the environment")

        let (set, _, _, _) = await Self.setUp(webhook, environment: ["BW_HOOK_SECRET": "s3cret"])
        #expect(try await set.drain() == DeliveryReport(delivered: 1))
        let request = try #require(receiver.requests.first)
        #expect(
            request.header("X-Bureauwatch-Signature-256")
                == (try WebhookSignature.json(body: request.body, secret: "s3cret")))
    }

    @Test func notifyTestSendsATestEventAndAnErrcodeIsARefusal() async throws {
        let receiver = try LoopbackHTTPServer { _ in
            .text("{\"errcode\":310000,\"errmsg\":\"keywords not in content\"}", contentType: "application/json")
        }
        defer { receiver.stop() }
        let result = await sendTestEvent(
            to: WebhookConfig(id: "ding", url: receiver.baseURL + "/robot", format: .dingtalk),
            via: Fixtures.transport)
        #expect(result.status == 200 && !result.succeeded)
        #expect(
            result.verdict == .refused(code: 310000, message: "errcode 310000: keywords not in content", pause: nil))
        let request = try #require(receiver.requests.first)
        #expect(request.header("X-Bureauwatch-Event") == "test")
        let text = (request.json["markdown"] as? [String: Any])?["text"] as? String
        #expect(text?.contains("测试消息") == true, "\(request.json)")
    }
}

/// Bodies to answer in turn (`{"errcode":0,"errmsg":"ok"}` once they run out).
final class AnswerScript: @unchecked Sendable {
    // @unchecked: `remaining` is only touched under `lock`.
    private let lock = NSLock()
    private var remaining: [String]

    init(_ answers: [String]) { remaining = answers }

    func next() -> String {
        lock.withLock { remaining.isEmpty ? "{\"errcode\":0,\"errmsg\":\"ok\"}" : remaining.removeFirst() }
    }
}
