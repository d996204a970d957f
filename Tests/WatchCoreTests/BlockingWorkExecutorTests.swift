import Dispatch
import Foundation
import Synchronization
import Testing
import WatchCore

/// An actor on a `BlockingWorkExecutor` blocks a thread of its own, never one of Swift's
/// cooperative pool (one per core), so tasks elsewhere run while it waits on the disk.
@Suite struct BlockingWorkExecutorTests {
    /// How many probes have started blocking.
    final class EntryCount: Sendable {
        let count = Mutex(0)
    }

    /// Stands for the store: a method that blocks its thread until released.
    actor BlockingProbe {
        private let executor = BlockingWorkExecutor(label: "test.blocking")
        nonisolated var unownedExecutor: UnownedSerialExecutor { executor.asUnownedSerialExecutor() }

        func isOnItsQueue() -> Bool { executor.isCurrent() }

        /// Blocks until `release` is signalled (true) or `limit` passes (false).
        func block(on release: DispatchSemaphore, entered: EntryCount, limit: Double) -> Bool {
            entered.count.withLock { $0 += 1 }
            return release.wait(timeout: .now() + limit) == .success
        }
    }

    @Test func anActorRunsOnItsOwnQueue() async {
        #expect(await BlockingProbe().isOnItsQueue())
    }

    @Test func actorsBlockedAsManyAsTheCoresLeaveThePoolFree() async throws {
        let width = ProcessInfo.processInfo.activeProcessorCount
        let probes = (0..<width).map { _ in BlockingProbe() }
        let release = DispatchSemaphore(value: 0)
        let entered = EntryCount()
        // The releaser runs on the cooperative pool: it can see every probe blocked and let
        // them go only if the blocked probes left it a thread. Otherwise each probe waits
        // out its limit and reports it was not released.
        let releaser = Task {
            while entered.count.withLock({ $0 }) < width { await Task.yield() }
            for _ in 0..<width { release.signal() }
        }
        let released = await withTaskGroup(of: Bool.self) { group in
            for probe in probes { group.addTask { await probe.block(on: release, entered: entered, limit: 20) } }
            return await group.reduce(into: 0) { count, wasReleased in count += wasReleased ? 1 : 0 }
        }
        await releaser.value
        #expect(released == width, "\(width - released) of \(width) blocked actors held a cooperative thread")
    }

    @Test func blockingClosuresRunOffThePoolToo() async throws {
        let width = ProcessInfo.processInfo.activeProcessorCount
        let queues = (0..<width).map { BlockingWork(label: "test.work.\($0)") }
        let release = DispatchSemaphore(value: 0)
        let entered = EntryCount()
        let releaser = Task {
            while entered.count.withLock({ $0 }) < width { await Task.yield() }
            for _ in 0..<width { release.signal() }
        }
        let released = await withTaskGroup(of: Bool.self) { group in
            for queue in queues {
                group.addTask {
                    (try? await queue.run {
                        entered.count.withLock { $0 += 1 }
                        return release.wait(timeout: .now() + 20) == .success
                    }) ?? false
                }
            }
            return await group.reduce(into: 0) { count, wasReleased in count += wasReleased ? 1 : 0 }
        }
        await releaser.value
        #expect(released == width, "\(width - released) of \(width) blocked closures held a cooperative thread")
    }
}
