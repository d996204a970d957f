import Foundation
import Testing
import WatchCore
import WatchTesting

@testable import WatchDeliver

/// Each webhook drains in its own lane, at its own pace.
@Suite struct DeliveryLaneTests {
    static func entries(for webhook: WebhookConfig, count: Int, at now: Date) -> [OutboxEntry] {
        (0..<count).flatMap { index in
            var article = Fixtures.article
            article.version = index + 1
            return OutboxPlanner.entries(
                for: .articleNew, article: article, path: "watch/a.md", webhooks: [webhook],
                now: now.addingTimeInterval(Double(index) / 1000))
        }
    }

    @Test func aHangingWebhookDelaysNoOtherWebhooksDeliveries() async throws {
        let hanging = try LoopbackHTTPServer { _ in .script([.hang]) }
        defer { hanging.stop() }
        let receiver = try WebhookReceiver()
        defer { receiver.stop() }
        let stuck = WebhookConfig(id: "a-stuck", url: hanging.baseURL + "/hook", timeout: .seconds(60))
        let ops = WebhookConfig(id: "ops", url: receiver.url)
        let clock = ManualClock()
        let outbox = InMemoryStore(clock: clock)
        // The stuck webhook's entries are the oldest and its id sorts first: a single queue, or
        // lanes taken one after another, would wait on it first.
        await outbox.enqueue(Self.entries(for: stuck, count: 3, at: clock.now))
        await outbox.enqueue(Self.entries(for: ops, count: 3, at: clock.now.addingTimeInterval(1)))
        clock.advance(by: 2)
        let worker = DeliveryWorker(
            outbox: outbox, webhooks: [stuck, ops], transport: Fixtures.transport, clock: clock,
            logger: Fixtures.logger)

        let drain = Task { try await worker.drain() }
        // Well inside the stuck webhook's 60 s timeout, and generous for a loaded test run.
        #expect(
            await receiver.server.waitForRequests(3, within: .seconds(45)), "ops got \(receiver.requests.count) of 3")
        #expect(await worker.isSending(to: "a-stuck"), "the stuck lane is still waiting on its first POST")
        #expect(hanging.requests.count == 1)
        hanging.stop()
        let report = try await drain.value
        #expect(report.delivered == 3 && report.retried == 3)
    }

    @Test func deliveriesAreSpacedAsTheRateSaysOnTheWorkersClock() async throws {
        let receiver = try WebhookReceiver()
        defer { receiver.stop() }
        let webhook = WebhookConfig(id: "ops", url: receiver.url, rate: DeliveryRate(count: 2, period: .seconds(1)))
        let clock = ManualClock()
        let outbox = InMemoryStore(clock: clock)
        await outbox.enqueue(Self.entries(for: webhook, count: 4, at: clock.now))
        clock.advance(by: 1)
        let waits = WaitLog()
        let worker = DeliveryWorker(
            outbox: outbox, webhooks: [webhook], transport: Fixtures.transport, clock: clock,
            sleep: {
                waits.append($0)
                clock.advance(by: $0.seconds)
            }, logger: Fixtures.logger)
        #expect(try await worker.drain() == DeliveryReport(delivered: 4))
        #expect(waits.all == [.milliseconds(500), .milliseconds(500), .milliseconds(500)])
        #expect(receiver.requests.count == 4)
    }

    @Test func aPacedWebhookIsSpacedInRealTimeToo() async throws {
        let receiver = try WebhookReceiver()
        defer { receiver.stop() }
        let webhook = WebhookConfig(id: "ops", url: receiver.url, rate: DeliveryRate(count: 2, period: .seconds(1)))
        let outbox = InMemoryStore()
        await outbox.enqueue(Self.entries(for: webhook, count: 4, at: Date().addingTimeInterval(-1)))
        let worker = DeliveryWorker(
            outbox: outbox, webhooks: [webhook], transport: Fixtures.transport,
            logger: Fixtures.logger)
        #expect(try await worker.drain() == DeliveryReport(delivered: 4))
        let times = receiver.requests.map(\.receivedAt)
        let gaps = zip(times, times.dropFirst()).map { $0.duration(to: $1) }
        // The sends start 0.5 s apart. The receiver notes each one when its head has arrived,
        // which under a loaded machine varied by up to 0.2 s (gaps of 0.71, 0.63, 0.45 s): so
        // the span of the four (1.5 s) and each gap are checked with room for that jitter.
        // Unpaced, the four arrive within a few milliseconds.
        #expect(gaps.count == 3, "\(gaps)")
        #expect(gaps.reduce(.zero, +) >= .milliseconds(1_300), "\(gaps)")
        #expect(gaps.allSatisfy { $0 >= .milliseconds(250) }, "\(gaps)")
    }
}

/// The waits a test's sleep function was asked for.
final class WaitLog: @unchecked Sendable {
    // @unchecked: `waits` is only touched under `lock`.
    private let lock = NSLock()
    private var waits: [Duration] = []

    var all: [Duration] { lock.withLock { waits } }

    func append(_ wait: Duration) { lock.withLock { waits.append(wait) } }
}
