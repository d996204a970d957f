import Foundation
import Logging
import Testing
import WatchCore
import WatchTesting

@testable import WatchDeliver

@Suite struct OverlappingDrainTests {
    @Test func aDrainStartedDuringAnotherSendsNothingTwice() async throws {
        let transport = GateTransport()
        let (worker, outbox, _, entry) = await DeliveryWorkerTests.setUp(
            WebhookConfig(id: "ops", url: "http://h/"),
            transport: transport)
        let first = Task { try await worker.drain() }
        await transport.waitForFirstRequest()
        // The first drain is inside `send`; a second one must not pick up the same entry.
        #expect(try await worker.drain() == DeliveryReport())
        transport.release()
        #expect(try await first.value == DeliveryReport(delivered: 1))
        #expect(transport.count == 1)
        #expect(await outbox.outboxState(entry.deliveryID) == "delivered")
    }
}
