import Dispatch

/// Runs the web server's request handling on Dispatch's threads instead of Swift's cooperative
/// pool (one thread per core): a poll, a test or anything else that blocks the pool for a while
/// must not leave the page, `/metrics` or `/healthz` unanswered.
final class WebExecutor: TaskExecutor {
    private let queue = DispatchQueue(label: "bureauwatch.web", attributes: .concurrent)

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        queue.async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}
