import Foundation
import Logging
import Testing
import WatchCore
import WatchTesting

@testable import WatchDeliver

@Suite struct DeliveryWorkerTests {
    /// A fast policy so the clock arithmetic is easy to read: 1 s doubling, capped at 8 s, 60 s life.
    static let fast = DeliveryRetryPolicy(base: .seconds(1), cap: .seconds(8), maxAge: .seconds(60))

    static func setUp(
        _ webhook: WebhookConfig, policy: DeliveryRetryPolicy = fast, transport: any Transport = Fixtures.transport
    )
        async -> (worker: DeliveryWorker, outbox: InMemoryStore, clock: ManualClock, entry: OutboxEntry)
    {
        let clock = ManualClock()
        let outbox = InMemoryStore(clock: clock)
        let entry = OutboxPlanner.entries(
            for: .articleNew, article: Fixtures.article, path: "watch/a.md",
            webhooks: [webhook], now: clock.now)[0]
        await outbox.enqueue([entry])
        let worker = DeliveryWorker(
            outbox: outbox, webhooks: [webhook], transport: transport, clock: clock,
            policy: policy, logger: Fixtures.logger)
        return (worker, outbox, clock, entry)
    }

    @Test func twoFailuresThenSuccessDeliversOnceWithOneDeliveryID() async throws {
        let receiver = try WebhookReceiver(statuses: [503, 503, 200])
        defer { receiver.stop() }
        let (worker, outbox, clock, entry) = await Self.setUp(WebhookConfig(id: "ops", url: receiver.url, secret: "s"))
        let start = clock.now

        #expect(try await worker.drain() == DeliveryReport(retried: 1))
        #expect(await outbox.outboxEntry(entry.deliveryID)?.nextAttemptAt == start.addingTimeInterval(1))
        #expect(await outbox.outboxEntry(entry.deliveryID)?.lastError == "HTTP 503: busy")
        // Not due yet: nothing is sent.
        clock.advance(by: 0.5)
        #expect(try await worker.drain() == DeliveryReport())
        clock.advance(by: 0.5)
        #expect(try await worker.drain() == DeliveryReport(retried: 1))
        #expect(await outbox.outboxEntry(entry.deliveryID)?.nextAttemptAt == start.addingTimeInterval(1 + 2))
        clock.advance(by: 2)
        #expect(try await worker.drain() == DeliveryReport(delivered: 1))
        clock.advance(by: 100)
        #expect(try await worker.drain() == DeliveryReport())

        let requests = receiver.requests
        #expect(requests.count == 3)
        #expect(Set(requests.compactMap { $0.header("X-Bureauwatch-Delivery") }) == [entry.deliveryID])
        #expect(Set(requests.map(\.body)).count == 1)
        #expect(await outbox.outboxState(entry.deliveryID) == "delivered")
        #expect(await outbox.outboxEntry(entry.deliveryID)?.attempts == 3)
        #expect(await outbox.pendingCount() == 0)
        #expect(await worker.totals == DeliveryReport(delivered: 1, retried: 2))
    }

    @Test func aReceiverDownDuringOneDrainAndUpBeforeTheNextGetsTheDelivery() async throws {
        // Learn a free port, then free it: nothing listens there during the first drain.
        let probe = try WebhookReceiver()
        let port = probe.server.port
        probe.stop()
        let (worker, outbox, clock, entry) = await Self.setUp(
            WebhookConfig(id: "ops", url: "http://127.0.0.1:\(port)/hook"))

        #expect(try await worker.drain() == DeliveryReport(retried: 1))
        #expect(await outbox.outboxEntry(entry.deliveryID)?.lastError?.hasPrefix("connect:") == true)
        #expect(await outbox.outboxEntry(entry.deliveryID)?.lastError?.contains("/hook") == false)

        let receiver = try WebhookReceiver(port: port)
        defer { receiver.stop() }
        clock.advance(by: 1)
        #expect(try await worker.drain() == DeliveryReport(delivered: 1))
        #expect(receiver.requests.count == 1)
        #expect(receiver.requests.first?.header("X-Bureauwatch-Delivery") == entry.deliveryID)
    }

    @Test func aRestartedWorkerPicksUpWhereTheOldOneStopped() async throws {
        let receiver = try WebhookReceiver(statuses: [500])
        defer { receiver.stop() }
        let webhook = WebhookConfig(id: "ops", url: receiver.url)
        let (first, outbox, clock, entry) = await Self.setUp(webhook)
        #expect(try await first.drain() == DeliveryReport(retried: 1))
        // A new worker over the same outbox: the retry state is all in the outbox.
        let second = DeliveryWorker(
            outbox: outbox, webhooks: [webhook], transport: Fixtures.transport,
            clock: clock, policy: Self.fast, logger: Fixtures.logger)
        #expect(try await second.drain() == DeliveryReport())
        clock.advance(by: 1)
        #expect(try await second.drain() == DeliveryReport(delivered: 1))
        #expect(
            receiver.requests.compactMap { $0.header("X-Bureauwatch-Delivery") } == [
                entry.deliveryID, entry.deliveryID,
            ])
    }

    @Test func delaysDoubleUpToTheCapAndTheEntryIsAbandonedAfterItsLifetime() async throws {
        let transport = RefusingTransport()
        let (worker, outbox, clock, entry) = await Self.setUp(
            WebhookConfig(id: "ops", url: "http://hooks.invalid/"),
            transport: transport)
        let created = clock.now
        var waits: [TimeInterval] = []
        while await outbox.outboxState(entry.deliveryID) == "pending" {
            _ = try await worker.drain()
            guard let next = await outbox.outboxEntry(entry.deliveryID)?.nextAttemptAt, next > clock.now else { break }
            waits.append(next.timeIntervalSince(clock.now))
            clock.set(next)
        }
        #expect(waits == [1, 2, 4, 8, 8, 8, 8, 8, 8])
        #expect(await outbox.outboxState(entry.deliveryID) == "abandoned")
        #expect(await outbox.deliveryStatus().map(\.abandoned) == [1])
        #expect(await outbox.outboxEntry(entry.deliveryID)?.lastError?.contains("given up") == true)
        #expect(clock.now.timeIntervalSince(created) <= 60)
        #expect(await worker.totals.abandoned == 1)
        #expect(transport.count == 10)
    }

    @Test func theStandardPolicyIsOneMinuteDoublingCappedAtOneHourForADay() {
        let policy = DeliveryRetryPolicy.standard
        #expect(
            (1...8).map { policy.delay(afterFailures: $0) } == [
                .seconds(60), .seconds(120), .seconds(240), .seconds(480), .seconds(960), .seconds(1920),
                .seconds(3600), .seconds(3600),
            ])
        let created = Date(timeIntervalSince1970: 0)
        #expect(policy.nextAttempt(createdAt: created, failures: 9, now: created.addingTimeInterval(83_000)) == nil)
        #expect(
            policy.nextAttempt(createdAt: created, failures: 9, now: created.addingTimeInterval(80_000))
                == created.addingTimeInterval(83_600))
    }

    @Test func anEntryForAWebhookNoLongerConfiguredIsAbandonedNotSent() async throws {
        let transport = RefusingTransport()
        let (worker, outbox, _, entry) = await Self.setUp(
            WebhookConfig(id: "ops", url: "http://hooks.invalid/"),
            transport: transport)
        await worker.update(webhooks: [])
        #expect(try await worker.drain() == DeliveryReport(abandoned: 1))
        #expect(await outbox.outboxEntry(entry.deliveryID)?.lastError == "webhook ops is no longer configured")
        #expect(transport.count == 0)
    }

    @Test func sendTestEventReportsTheAnswer() async throws {
        let receiver = try WebhookReceiver(statuses: [200])
        defer { receiver.stop() }
        let result = await sendTestEvent(
            to: WebhookConfig(id: "ops", url: receiver.url, format: .wecom),
            via: Fixtures.transport)
        #expect(result.status == 200 && result.succeeded)
        #expect(result.body == WebhookReceiver.acceptedBody)
        let content = (receiver.requests.first?.json["markdown"] as? [String: Any])?["content"] as? String
        #expect(content?.contains("bureauwatch 测试消息") == true)

        let probe = try WebhookReceiver()
        probe.stop()
        let down = await sendTestEvent(to: WebhookConfig(id: "ops", url: probe.url), via: Fixtures.transport)
        #expect(down.status == nil && !down.succeeded)
        #expect(down.body.hasPrefix("connect:"))
    }
}
