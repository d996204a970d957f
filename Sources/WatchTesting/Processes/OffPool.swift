import Foundation

/// Runs blocking work (a child process and its wait, a socket read with a timeout) on a thread
/// of its own rather than on Swift's cooperative pool. A 2-core machine has two cooperative
/// threads: two tests blocked on them would hold back every other test's task in the process.
public func offPool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread.detachNewThread { continuation.resume(with: Result { try work() }) }
    }
}

/// `offPool` for work that cannot fail.
public func offPool<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
    await withCheckedContinuation { continuation in
        Thread.detachNewThread { continuation.resume(returning: work()) }
    }
}
