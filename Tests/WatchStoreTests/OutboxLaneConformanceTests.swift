import Foundation
import Testing
import WatchCore
import WatchTesting

/// The outbox as the delivery lanes and `notify status`/`notify resend` use it.
@Suite struct OutboxLaneConformanceTests {
    static func entry(_ id: String, webhook: String, created: Int, next: Int) -> OutboxEntry {
        OutboxEntry(
            deliveryID: id, event: .articleNew, webhookID: webhook, payload: Array("{\"id\":\"\(id)\"}".utf8),
            createdAt: at(created), nextAttemptAt: at(next))
    }

    @Test(arguments: StoreKind.allCases)
    func eachWebhookSeesOnlyItsOwnDueEntriesOldestFirst(kind: StoreKind) async throws {
        try await StoreFixture.withStore(kind) { store in
            try await store.enqueue([
                Self.entry("o2", webhook: "ops", created: 20, next: 20),
                Self.entry("d1", webhook: "ding", created: 5, next: 5),
                Self.entry("o1", webhook: "ops", created: 10, next: 10),
                Self.entry("later", webhook: "slack", created: 1, next: 500),
            ])
            #expect(try await store.dueWebhookIDs(now: at(100)) == ["ding", "ops"])
            #expect(
                try await store.dueDeliveries(webhookID: "ops", now: at(100), limit: 10).map(\.deliveryID) == [
                    "o1", "o2",
                ])
            #expect(try await store.dueDeliveries(webhookID: "ops", now: at(100), limit: 1).map(\.deliveryID) == ["o1"])
            #expect(try await store.dueDeliveries(webhookID: "slack", now: at(100), limit: 10).isEmpty)
            #expect(try await store.dueWebhookIDs(now: at(600)) == ["ding", "ops", "slack"])
        }
    }

    @Test(arguments: StoreKind.allCases)
    func theStatusTracksFailingSinceLastErrorAndLastSuccess(kind: StoreKind) async throws {
        let clock = ManualClock(at(0))
        try await StoreFixture.withStore(kind, clock: clock) { store in
            try await store.enqueue([
                Self.entry("a", webhook: "ding", created: 0, next: 0),
                Self.entry("b", webhook: "ding", created: 1, next: 1),
            ])
            clock.set(at(10))
            try await store.markFailed(deliveryID: "a", error: "errcode 130101: send too fast", nextAttemptAt: at(600))
            clock.set(at(20))
            try await store.markFailed(
                deliveryID: "b", error: "errcode 310000: keywords not in content", nextAttemptAt: at(600))
            let failing = try await store.deliveryStatus()
            #expect(
                failing == [
                    WebhookDeliveryStatus(
                        webhookID: "ding", pending: 2, oldestPending: at(0), failingSince: at(10),
                        lastError: "errcode 310000: keywords not in content", lastErrorAt: at(20))
                ])

            try await store.markDelivered(deliveryID: "a", at: at(700))
            let recovered = try #require(try await store.deliveryStatus().first)
            #expect(recovered.failingSince == nil && recovered.lastSuccess == at(700) && recovered.pending == 1)
            #expect(recovered.oldestPending == at(1))
        }
    }

    @Test(arguments: StoreKind.allCases)
    func theEntriesOfARenamedWebhookAreRequeuedForItsNewID(kind: StoreKind) async throws {
        try await StoreFixture.withStore(kind) { store in
            try await store.enqueue([
                Self.entry("a", webhook: "ops", created: 0, next: 0),
                Self.entry("b", webhook: "ops", created: 1, next: 1),
                Self.entry("c", webhook: "other", created: 2, next: 2),
            ])
            try await store.markFailed(
                deliveryID: "a", error: "webhook ops is no longer configured", nextAttemptAt: nil)
            try await store.markFailed(deliveryID: "c", error: "given up", nextAttemptAt: nil)
            #expect(try await store.deliveryStatus().map(\.abandoned) == [1, 1])

            try await store.markDelivered(deliveryID: "b", at: at(3))
            try await store.enqueue([Self.entry("d", webhook: "ops", created: 4, next: 900)])

            // The abandoned "a" and the waiting "d" move; the delivered "b" and "other"'s "c" stay.
            #expect(try await store.requeue(webhookID: "ops", to: "ops-cn", at: at(50)) == 2)
            let due = try await store.dueDeliveries(webhookID: "ops-cn", now: at(50), limit: 10)
            #expect(due.map(\.deliveryID).sorted() == ["a", "d"])
            #expect(due.allSatisfy { $0.attempts == 0 && $0.createdAt == at(50) && $0.nextAttemptAt == at(50) })
            #expect(try await store.dueDeliveries(webhookID: "ops", now: at(1_000), limit: 10).isEmpty)
            #expect(try await store.deliveryStatus().map(\.webhookID) == ["ops", "ops-cn", "other"])
            #expect(try await store.deliveryStatus().map(\.abandoned) == [0, 0, 1])
            #expect(try await store.requeue(webhookID: "ops", to: "ops-cn", at: at(60)) == 0)
        }
    }
}
