import Foundation
import Testing

@testable import WatchFetch

/// Which waiters a freed slot wakes: only those that can use it, oldest first, without a
/// resting host or a cancelled waiter holding back the others.
@Suite struct HostGateWakeTests {
    @Test func oneFreedSlotWakesOneWaiterAndTheOthersKeepWaiting() async throws {
        let gate = HostGate(globalLimit: 1)
        try await gate.acquire(host: "a", concurrency: 1, delay: .zero)
        let waiters = (0..<3).map { _ in Task { try await gate.acquire(host: "a", concurrency: 1, delay: .zero) } }
        try await gate.waitForWaiters(3)
        await gate.release(host: "a")
        // The woken one keeps the slot; waking all three would have emptied the queue.
        #expect(await gate.waitingCount == 2)
        for waiter in waiters { waiter.cancel() }
        var holders = 0
        for waiter in waiters where (try? await waiter.value) != nil { holders += 1 }
        #expect(holders <= 1)
        for _ in 0..<holders { await gate.release(host: "a") }
        #expect(await gate.waitingCount == 0)
    }

    @Test func aRestingHostDoesNotHoldBackAWaiterForAnotherHost() async throws {
        let gate = HostGate(globalLimit: 1)
        try await gate.acquire(host: "slow", concurrency: 1, delay: .seconds(30))
        let slow = Task { try await gate.acquire(host: "slow", concurrency: 1, delay: .seconds(30)) }
        try await gate.waitForWaiters(1)
        let other = Task { try await gate.acquire(host: "other", concurrency: 1, delay: .zero) }
        try await gate.waitForWaiters(2)
        let started = ContinuousClock.now
        await gate.release(host: "slow") // "slow" now rests 30 s; the oldest waiter is for it
        try await other.value
        #expect(ContinuousClock.now - started < .seconds(10))
        slow.cancel()
        await #expect(throws: CancellationError.self) { try await slow.value }
    }

    @Test func aWaiterCancelledAfterItsWakePassesTheSlotOn() async throws {
        let gate = HostGate(globalLimit: 1)
        try await gate.acquire(host: "a", concurrency: 1, delay: .zero)
        let first = Task { try await gate.acquire(host: "a", concurrency: 1, delay: .zero) }
        try await gate.waitForWaiters(1)
        let second = Task { try await gate.acquire(host: "a", concurrency: 1, delay: .zero) }
        try await gate.waitForWaiters(2)
        first.cancel()
        await gate.release(host: "a")
        await #expect(throws: CancellationError.self) { try await first.value }
        try await second.value // would hang if the cancelled task had swallowed the only wake
        await gate.release(host: "a")
    }
}
