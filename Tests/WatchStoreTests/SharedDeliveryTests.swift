import Foundation
import PostgresTesting
import Testing
import WatchCore
import WatchDeliver
import WatchFetch
import WatchPostgres
import WatchTesting

/// Two daemons' delivery workers on one PostgreSQL outbox, sending to a loopback receiver: a
/// webhook's lane is sent by one of them at a time, and a dead sender's lane is resent by the
/// other once its lease expires, under the same delivery id.
@Suite(.enabled(if: PostgresTestDatabase.shouldRun, PostgresTestDatabase.skipMessage))
struct SharedDeliveryTests {
    static let deliveryHeader = "X-Bureauwatch-Delivery"

    static func entries(count: Int, at now: Date) -> [OutboxEntry] {
        (0..<count).map { index in
            OutboxEntry(
                deliveryID: "d\(index)", event: .articleNew, webhookID: "ops",
                payload: Array(#"{"event":"article.new"}"#.utf8),
                createdAt: now.addingTimeInterval(Double(index)), nextAttemptAt: now)
        }
    }

    static func worker(_ store: PostgresStore, _ webhook: WebhookConfig, clock: any WallClock) -> DeliveryWorker {
        DeliveryWorker(
            outbox: store, webhooks: [webhook], transport: CurlTransport(limits: .webhook, logger: quietLogger),
            clock: clock, logger: quietLogger)
    }

    @Test func twoDaemonsSendEachEntryOnceInOrder() async throws {
        let receiver = try LoopbackHTTPServer { _ in .text("ok") }
        defer { receiver.stop() }
        let webhook = WebhookConfig(
            id: "ops", url: receiver.baseURL + "/hook", rate: DeliveryRate(count: 20, period: .seconds(1)))
        let daemons = try await TwoDaemons(clock: SystemClock())
        defer { daemons.fixture.remove() }
        let (a, b) = (daemons.a, daemons.b)
        try await a.enqueue(Self.entries(count: 6, at: Date().addingTimeInterval(-60)))

        let (first, second) = (
            Self.worker(a, webhook, clock: SystemClock()), Self.worker(b, webhook, clock: SystemClock())
        )
        async let sentByA = first.drain()
        async let sentByB = second.drain()
        let total = try await sentByA.delivered + sentByB.delivered

        let sent = receiver.requests.compactMap { $0.header(Self.deliveryHeader) }
        #expect(total == 6)
        #expect(sent == (0..<6).map { "d\($0)" }, "one lane, one sender: each entry once, oldest first")
        #expect(try await a.pendingCount() == 0)
    }

    @Test func aDeadSendersLaneIsResentByTheOtherDaemonOnceItsLeaseExpires() async throws {
        let receiver = try LoopbackHTTPServer { _ in .text("ok") }
        defer { receiver.stop() }
        let webhook = WebhookConfig(id: "ops", url: receiver.baseURL + "/hook")
        let daemons = try await TwoDaemons(clock: SystemClock())
        defer { daemons.fixture.remove() }
        let (dead, alive) = (daemons.a, daemons.b)
        let clock = ManualClock(Date())
        try await dead.enqueue(Self.entries(count: 1, at: clock.now))
        // "a" took the lane and was killed while its POST was in flight: no answer was recorded.
        let lease = DeliveryWorker.laneLease(for: webhook)
        #expect(
            try await dead.claimLane(
                webhookID: "ops", until: clock.now.addingTimeInterval(lease.seconds), now: clock.now))

        let worker = Self.worker(alive, webhook, clock: clock)
        #expect(try await worker.drain() == DeliveryReport())
        #expect(receiver.requests.isEmpty, "the lane is still the dead daemon's")
        clock.advance(by: lease.seconds)
        #expect(try await worker.drain() == DeliveryReport(delivered: 1))
        #expect(receiver.requests.compactMap { $0.header(Self.deliveryHeader) } == ["d0"])
    }
}
