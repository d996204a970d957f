import Foundation
import Synchronization
import Testing
import WatchCore
import WatchFetch
import WatchTesting

/// Per-host delay and concurrency, observed where they matter: at the server.
@Suite struct PolitenessTests {
    @Test func perHostDelayIsObservedAtTheServer() async throws {
        let server = try LoopbackHTTPServer { _ in .text("<p>x</p>") }
        defer { server.stop() }
        let fetcher = makeFetcher()
        let source = testSource(delay: .milliseconds(300))
        await withTaskGroup(of: Void.self) { group in
            for page in 0..<4 {
                group.addTask { _ = await fetcher.fetch(url: server.baseURL + "/p\(page)", source: source) }
            }
        }
        let gaps = arrivalGaps(server.requests)
        #expect(server.requests.count == 4)
        #expect(gaps.allSatisfy { $0 >= 0.3 }, "gaps: \(gaps)")
    }

    @Test func hostsDoNotWaitForEachOther() async throws {
        // Two servers are two hosts (ports differ): a long delay on one must not hold the other.
        let slowHost = try LoopbackHTTPServer { _ in .text("a") }
        let otherHost = try LoopbackHTTPServer { _ in .text("b") }
        defer {
            slowHost.stop()
            otherHost.stop()
        }
        let fetcher = makeFetcher()
        let source = testSource(delay: .seconds(30))
        _ = await fetcher.fetch(url: slowHost.baseURL + "/1", source: source)
        let started = ContinuousClock.now
        let other = await fetcher.fetch(url: otherHost.baseURL + "/1", source: source)
        #expect(other.response != nil)
        #expect(ContinuousClock.now - started < .seconds(10))
    }

    @Test func perHostConcurrencyIsBounded() async throws {
        // Each answer takes 150 ms; with concurrency 2 no more than two may overlap.
        let tracker = OverlapTracker()
        let server = try LoopbackHTTPServer { _ in
            tracker.enter()
            Thread.sleep(forTimeInterval: 0.15)
            tracker.leave()
            return .text("ok")
        }
        defer { server.stop() }
        let fetcher = makeFetcher()
        let source = testSource(concurrency: 2)
        await withTaskGroup(of: Void.self) { group in
            for page in 0..<6 {
                group.addTask { _ = await fetcher.fetch(url: server.baseURL + "/p\(page)", source: source) }
            }
        }
        #expect(server.requests.count == 6)
        #expect(tracker.maximum == 2)
    }

    @Test func cancelledWaiterLeavesTheQueue() async throws {
        let gate = HostGate(globalLimit: 1)
        try await gate.acquire(host: "a", concurrency: 1, delay: .zero)
        let waiter = Task { try await gate.acquire(host: "a", concurrency: 1, delay: .zero) }
        waiter.cancel()
        await #expect(throws: CancellationError.self) { try await waiter.value }
        await gate.release(host: "a")
        try await gate.acquire(host: "a", concurrency: 1, delay: .zero) // the slot is free again
    }
}

/// Counts how many handler calls run at once.
final class OverlapTracker: Sendable {
    private let state = Mutex<(current: Int, maximum: Int)>((0, 0))

    func enter() {
        state.withLock {
            $0.current += 1
            $0.maximum = max($0.maximum, $0.current)
        }
    }
    func leave() { state.withLock { $0.current -= 1 } }
    var maximum: Int { state.withLock { $0.maximum } }
}
