import Synchronization

/// Waiting for a task with a deadline: a test of "this returns" fails in seconds, instead of
/// hanging the whole run, when the code under test blocks or ignores cancellation.
public enum TaskDeadline {
    /// `task`'s value, or nil when it has not ended within `limit` (the task is left running).
    public static func value<T: Sendable>(of task: Task<T, Never>, within limit: Duration) async -> T? {
        let answered = Mutex(false)
        return await withCheckedContinuation { (continuation: CheckedContinuation<T?, Never>) in
            let answer = { @Sendable (value: T?) in
                let first = answered.withLock { done in
                    defer { done = true }
                    return !done
                }
                if first { continuation.resume(returning: value) }
            }
            Task { answer(await task.value) }
            Task {
                try? await Task.sleep(for: limit)
                answer(nil)
            }
        }
    }
}
