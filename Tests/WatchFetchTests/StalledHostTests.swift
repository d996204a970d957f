import Foundation
import Testing
import WatchCore
import WatchTesting

@testable import WatchFetch

/// A host whose requests time out gets one slot, and stalled hosts together at most half the
/// global slots, so hosts that answer keep the rest (issue 16: 50 hanging sources of 1 000
/// took every request slot for minutes).
@Suite struct StalledHostTests {
    /// Marks `host` stalled: one request to it that timed out.
    func stall(_ gate: HostGate, _ host: String) async throws {
        try await gate.acquire(host: host, concurrency: 8, delay: .zero)
        await gate.release(host: host, timedOut: true)
    }

    @Test func aStalledHostGetsOneSlotWhateverItsConcurrency() async throws {
        let gate = HostGate(globalLimit: 8)
        try await stall(gate, "tarpit")
        #expect(await gate.isStalled("tarpit"))
        try await gate.acquire(host: "tarpit", concurrency: 8, delay: .zero)
        let second = Task { try await gate.acquire(host: "tarpit", concurrency: 8, delay: .zero) }
        try await gate.waitForWaiters(1)
        // An answer (any status) ends the stall, and the waiter gets its slot.
        await gate.release(host: "tarpit", timedOut: false)
        try await second.value
        #expect(await gate.isStalled("tarpit") == false)
        try await gate.acquire(host: "tarpit", concurrency: 8, delay: .zero) // width 8 again
        await gate.release(host: "tarpit")
        await gate.release(host: "tarpit")
    }

    @Test func stalledHostsTogetherHoldAtMostHalfTheGlobalSlots() async throws {
        let gate = HostGate(globalLimit: 4)
        for host in ["s1", "s2", "s3"] { try await stall(gate, host) }
        try await gate.acquire(host: "s1", concurrency: 8, delay: .zero)
        try await gate.acquire(host: "s2", concurrency: 8, delay: .zero)
        let third = Task { try await gate.acquire(host: "s3", concurrency: 8, delay: .zero) }
        try await gate.waitForWaiters(1)
        // Two global slots are still free, and an answering host takes both at once.
        try await gate.acquire(host: "news", concurrency: 8, delay: .zero)
        try await gate.acquire(host: "news", concurrency: 8, delay: .zero)
        #expect(await gate.waitingCount == 1)
        // A stalled slot freed goes to the stalled waiter only once a global slot is free too.
        await gate.release(host: "s1", timedOut: true)
        try await third.value
        await gate.release(host: "news")
        await gate.release(host: "news")
        await gate.release(host: "s2", timedOut: true)
        await gate.release(host: "s3", timedOut: true)
        #expect(await gate.waitingCount == 0)
    }

    @Test func aHostThatStallsMidFlightCountsItsOtherRequestsAsStalled() async throws {
        let gate = HostGate(globalLimit: 4)
        try await gate.acquire(host: "a", concurrency: 4, delay: .zero)
        try await gate.acquire(host: "a", concurrency: 4, delay: .zero)
        try await gate.acquire(host: "a", concurrency: 4, delay: .zero)
        await gate.release(host: "a", timedOut: true) // two requests to "a" still in flight
        try await stall(gate, "b")
        // "a" holds the two stalled slots the gate allows, so stalled "b" waits; "c" does not.
        let waiting = Task { try await gate.acquire(host: "b", concurrency: 4, delay: .zero) }
        try await gate.waitForWaiters(1)
        try await gate.acquire(host: "c", concurrency: 4, delay: .zero)
        await gate.release(host: "a", timedOut: true)
        try await waiting.value
        await gate.release(host: "a", timedOut: true)
        await gate.release(host: "b")
        await gate.release(host: "c")
        #expect(await gate.waitingCount == 0)
    }

    @Test func aHangingHostLeavesSlotsForAnAnsweringHost() async throws {
        let tarpit = try LoopbackHTTPServer { _ in .script([.hang]) }
        let news = try LoopbackHTTPServer { _ in .text("<p>notice</p>") }
        defer {
            tarpit.stop()
            news.stop()
        }
        // Two global slots, every tarpit request ends in a 1 s timeout, no retries.
        let fetcher = PoliteFetcher(
            transport: CurlTransport(logger: quietLogger), validators: InMemoryValidatorStore(),
            retry: RetryPolicy(maxRetries: 0), globalConcurrency: 2, logger: quietLogger)
        let hanging = testSource(concurrency: 8, timeout: .seconds(1))
        let first = await fetcher.fetch(url: tarpit.baseURL + "/list", source: hanging)
        #expect(first.error?.kind == .timeout)
        let queued = Task {
            await withTaskGroup(of: Void.self) { group in
                for page in 0..<6 {
                    group.addTask { _ = await fetcher.fetch(url: tarpit.baseURL + "/p\(page)", source: hanging) }
                }
            }
        }
        // At least four tarpit requests wait at the gate (five with the cap, four without it),
        // older than any request to the answering host.
        try await fetcher.gate.waitForWaiters(4)
        var answered = 0
        for page in 0..<10
        where await fetcher.fetch(url: news.baseURL + "/n\(page)", source: testSource()).response != nil {
            answered += 1
        }
        // Without the stall cap the tarpit's six queued requests take both slots first, a
        // timeout each, before the first request to the answering host.
        let tarpitRequestsMeanwhile = tarpit.requests.count - 1
        #expect(answered == 10)
        #expect(tarpitRequestsMeanwhile < 6, "the answering host waited for \(tarpitRequestsMeanwhile) tarpit timeouts")
        await queued.value
    }
}
