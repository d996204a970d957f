import Foundation
import Testing
import WatchCore

/// The webhook outbox: due order, retries, abandonment, idempotent enqueue.
@Suite struct OutboxConformanceTests {
    static func entry(_ id: String, created: Int, next: Int) -> OutboxEntry {
        OutboxEntry(
            deliveryID: id, event: .articleNew, webhookID: "ops", payload: Array("{\"id\":\"\(id)\"}".utf8),
            createdAt: at(created), nextAttemptAt: at(next))
    }

    @Test(arguments: StoreKind.allCases)
    func dueEntriesComeOldestFirstAndFutureOnesWait(kind: StoreKind) async throws {
        try await StoreFixture.withStore(kind) { store in
            try await store.enqueue([
                Self.entry("b", created: 20, next: 20), Self.entry("a", created: 10, next: 10),
                Self.entry("later", created: 5, next: 500),
            ])

            let due = try await store.dueDeliveries(now: at(100), limit: 10)
            #expect(due.map(\.deliveryID) == ["a", "b"])
            #expect(due[0] == Self.entry("a", created: 10, next: 10))
            #expect(try await store.dueDeliveries(now: at(100), limit: 1).map(\.deliveryID) == ["a"])
            #expect(try await store.pendingCount() == 3)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func enqueueingTheSameDeliveryTwiceKeepsOne(kind: StoreKind) async throws {
        try await StoreFixture.withStore(kind) { store in
            try await store.enqueue([Self.entry("a", created: 10, next: 10)])
            try await store.enqueue([Self.entry("a", created: 99, next: 99)])
            let due = try await store.dueDeliveries(now: at(1_000), limit: 10)
            #expect(due == [Self.entry("a", created: 10, next: 10)])
        }
    }

    @Test(arguments: StoreKind.allCases)
    func aFailureCountsAndReschedulesANilRetryAbandons(kind: StoreKind) async throws {
        try await StoreFixture.withStore(kind) { store in
            try await store.enqueue([Self.entry("a", created: 10, next: 10), Self.entry("b", created: 11, next: 11)])

            try await store.markFailed(deliveryID: "a", error: "HTTP 502", nextAttemptAt: at(300))
            #expect(try await store.dueDeliveries(now: at(100), limit: 10).map(\.deliveryID) == ["b"])
            let retried = try #require(try await store.dueDeliveries(now: at(300), limit: 10).first)
            #expect(retried.deliveryID == "a")
            #expect(retried.attempts == 1)
            #expect(retried.lastError == "HTTP 502")
            #expect(retried.nextAttemptAt == at(300))

            try await store.markFailed(deliveryID: "a", error: "HTTP 410", nextAttemptAt: nil)
            #expect(try await store.pendingCount() == 1)
            #expect(try await store.dueDeliveries(now: at(10_000), limit: 10).map(\.deliveryID) == ["b"])
            // A late report about an abandoned entry does not revive it.
            try await store.markFailed(deliveryID: "a", error: "late", nextAttemptAt: at(400))
            #expect(try await store.pendingCount() == 1)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func aDeliveredEntryLeavesTheOutbox(kind: StoreKind) async throws {
        try await StoreFixture.withStore(kind) { store in
            try await store.enqueue([Self.entry("a", created: 10, next: 10)])
            try await store.markDelivered(deliveryID: "a", at: at(20))
            #expect(try await store.pendingCount() == 0)
            #expect(try await store.dueDeliveries(now: at(1_000), limit: 10).isEmpty)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func anUnknownDeliveryIDIsAnError(kind: StoreKind) async throws {
        try await StoreFixture.withStore(kind) { store in
            await #expect(throws: StoreError.unknownDelivery("nope")) {
                try await store.markDelivered(deliveryID: "nope", at: at(0))
            }
            await #expect(throws: StoreError.unknownDelivery("nope")) {
                try await store.markFailed(deliveryID: "nope", error: "x", nextAttemptAt: nil)
            }
        }
    }
}
