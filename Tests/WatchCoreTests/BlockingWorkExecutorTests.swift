import Dispatch
import Foundation
import Synchronization
import Testing
import WatchCore

/// An actor on a `BlockingWorkExecutor`, or a closure run by `BlockingWork`, blocks a thread of
/// its own, never one of Swift's cooperative pool (one per core), so tasks elsewhere run while it
/// waits on the disk.
@Suite struct BlockingWorkExecutorTests {
    /// What a blocked run waits on: the semaphore a pool task signals once every run has started.
    final class Gate: Sendable {
        let release = DispatchSemaphore(value: 0)
        let entered = Mutex(0)

        /// Counts the caller in, then blocks until released (true) or 20 s pass (false).
        func block() -> Bool {
            entered.withLock { $0 += 1 }
            return release.wait(timeout: .now() + 20) == .success
        }
    }

    /// Stands for the store: a method that blocks its thread until released.
    actor BlockingProbe {
        private let executor = BlockingWorkExecutor(label: "test.blocking")
        nonisolated var unownedExecutor: UnownedSerialExecutor { executor.asUnownedSerialExecutor() }

        func isOnItsQueue() -> Bool { executor.isCurrent() }

        func block(at gate: Gate) -> Bool { gate.block() }
    }

    /// Starts one blocking run per core with `run`, and a pool task that releases them once all
    /// have started: it can only if the blocked runs left it a thread. Otherwise each run waits
    /// out its limit. Returns how many were released, and how many ran.
    func releasedRuns(_ run: @escaping @Sendable (Int, Gate) async -> Bool) async -> (released: Int, runs: Int) {
        let width = ProcessInfo.processInfo.activeProcessorCount
        let gate = Gate()
        let releaser = Task {
            while gate.entered.withLock({ $0 }) < width { await Task.yield() }
            for _ in 0..<width { gate.release.signal() }
        }
        let released = await withTaskGroup(of: Bool.self) { group in
            for index in 0..<width { group.addTask { await run(index, gate) } }
            return await group.reduce(into: 0) { count, wasReleased in count += wasReleased ? 1 : 0 }
        }
        await releaser.value
        return (released, width)
    }

    @Test func anActorRunsOnItsOwnQueue() async {
        #expect(await BlockingProbe().isOnItsQueue())
    }

    @Test func actorsBlockedAsManyAsTheCoresLeaveThePoolFree() async {
        let probes = (0..<ProcessInfo.processInfo.activeProcessorCount).map { _ in BlockingProbe() }
        let (released, runs) = await releasedRuns { index, gate in await probes[index].block(at: gate) }
        #expect(released == runs, "\(runs - released) of \(runs) blocked actors held a cooperative thread")
    }

    @Test func blockingClosuresRunOffThePoolToo() async {
        let queues = (0..<ProcessInfo.processInfo.activeProcessorCount).map { BlockingWork(label: "test.work.\($0)") }
        let (released, runs) = await releasedRuns { index, gate in
            (try? await queues[index].run { gate.block() }) ?? false
        }
        #expect(released == runs, "\(runs - released) of \(runs) blocked closures held a cooperative thread")
    }
}
