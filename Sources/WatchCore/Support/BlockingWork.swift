/// Runs closures that block the thread (file writes with fsync) on a queue of their own, for
/// callers that are not themselves on a `BlockingWorkExecutor`: the PostgreSQL store writes a
/// page's watch file inside its transaction from whatever task called it, and that must not
/// hold one of the cooperative pool's threads for the disk's time.
public actor BlockingWork {
    private let executor: BlockingWorkExecutor
    public nonisolated var unownedExecutor: UnownedSerialExecutor { executor.asUnownedSerialExecutor() }

    /// - Parameter label: the queue's label, seen in debuggers and crash reports.
    public init(label: String) {
        executor = BlockingWorkExecutor(label: label)
    }

    /// `body`'s result, computed on this queue.
    public func run<T: Sendable>(_ body: @Sendable () throws -> T) throws -> T {
        try body()
    }
}
