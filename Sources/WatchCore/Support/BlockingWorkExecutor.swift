import Dispatch

/// A serial executor on a Dispatch queue of its own, for actors whose methods block the thread
/// (SQLite statements, fsync of watch files, feed and WARC writes). Swift's cooperative pool has
/// one thread per core (two on the project's machine): an actor that blocks on it holds back
/// every task of the process, polls and deliveries included, for as long as the disk takes.
/// Dispatch gives the queue a thread outside that pool.
///
/// An actor opts in with
/// `nonisolated public var unownedExecutor: UnownedSerialExecutor { executor.asUnownedSerialExecutor() }`.
public final class BlockingWorkExecutor: SerialExecutor {
    private let queue: DispatchQueue

    /// - Parameter label: the queue's label, seen in debuggers and crash reports.
    public init(label: String) {
        queue = DispatchQueue(label: label)
        queue.setSpecific(key: Self.key, value: ObjectIdentifier(self))
    }

    public func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedSerialExecutor()
        queue.async { job.runSynchronously(on: executor) }
    }

    public func asUnownedSerialExecutor() -> UnownedSerialExecutor {
        UnownedSerialExecutor(ordinary: self)
    }

    /// Whether the calling code runs on this executor's queue (for tests and preconditions).
    public func isCurrent() -> Bool {
        DispatchQueue.getSpecific(key: Self.key) == ObjectIdentifier(self)
    }

    private static let key = DispatchSpecificKey<ObjectIdentifier>()
}
