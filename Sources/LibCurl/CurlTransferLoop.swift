import CCurl
import Foundation

/// The one thread and the one multi handle that run every transfer of a `CurlRunner`: a
/// transfer is added to the multi handle and the thread moves all of them along together, so
/// a process makes one thread for libcurl, not one per transfer, and transfers to a host reuse
/// the multi handle's live connections to it.
///
/// `@unchecked Sendable`: `inbox` and `stopping` are touched only under `lock`; `running`,
/// `idle` and every libcurl handle only by the loop's thread (after `init`), except
/// `CurlMulti.wakeup()`, which libcurl allows from any thread.
final class CurlTransferLoop: @unchecked Sendable {
    /// A transfer asked for and not yet ended.
    struct Job: Sendable {
        let request: CurlRequest
        let cancellation: CurlCancellation
        let complete: @Sendable (Result<CurlResult, CurlError>) -> Void
    }

    /// How long one wait may last while transfers run. A wake-up ends it early; this only
    /// bounds how late a cancellation without a wake-up, or a libcurl timer, is seen.
    static let busyPollMilliseconds: Int32 = 250
    /// How long the thread sleeps with nothing to do before it looks again (`submit` wakes it).
    static let idlePollMilliseconds: Int32 = 5_000
    /// Idle connections kept for reuse over all hosts: enough for one or two per host a daemon
    /// polls at once (the fetcher's global slots and the webhooks' lanes).
    static let maxConnections = 32
    /// The loop thread's name (at most 15 bytes, Linux's limit).
    static let threadName = "curl-transfers"

    private let lock = NSLock()
    private var inbox: [Job] = []
    private var stopping = false
    private let multi: CurlMulti
    private let maxIdleHandles: Int
    /// Loop thread only: the transfers in the multi handle, by easy handle.
    private var running: [UnsafeMutableRawPointer: (job: Job, easy: CurlEasy)] = [:]
    /// Loop thread only: easy handles between transfers.
    private var idle: [CurlEasy] = []

    /// Makes the multi handle and starts the thread, which runs until `stop()`.
    init(maxIdleHandles: Int) throws {
        multi = try CurlMulti()
        try multi.setMaxConnections(Self.maxConnections)
        self.maxIdleHandles = maxIdleHandles
        Thread { [self] in
            // Named from inside: the name shows in `top -H`, gdb and /proc (tests count it).
            Thread.current.name = Self.threadName
            runLoop()
        }.start()
    }

    /// Queues a transfer; `job.complete` is called on the loop's thread when it ends.
    func submit(_ job: Job) {
        lock.withLock { inbox.append(job) }
        multi.wakeup()
    }

    /// Lets the transfers under way end, then ends the thread.
    func stop() {
        lock.withLock { stopping = true }
        multi.wakeup()
    }

    private func runLoop() {
        while true {
            let (jobs, stop) = lock.withLock { () -> ([Job], Bool) in
                defer { inbox = [] }
                return (inbox, stopping)
            }
            for job in jobs { start(job) }
            if stop, running.isEmpty { return }
            drive()
            let wait = running.isEmpty ? Self.idlePollMilliseconds : Self.busyPollMilliseconds
            do { try multi.poll(milliseconds: wait) } catch { failAll(error) }
        }
    }

    /// One step of every transfer, then the ends: finished ones and cancelled ones.
    private func drive() {
        guard !running.isEmpty else { return }
        do { try multi.performOnce() } catch { failAll(error) }
        for (easy, code) in multi.finishedTransfers() { finish(easy, code: code) }
        for (easy, entry) in running where entry.job.cancellation.isCancelled {
            end(easy, with: .failure(.cancelled))
        }
    }

    /// Sets up `job` on an idle or new easy handle and adds it to the multi handle; a job
    /// that cannot start ends at once with the reason.
    private func start(_ job: Job) {
        guard job.cancellation.attach(multi.handle) else {
            job.complete(.failure(.cancelled))
            return
        }
        let easy: CurlEasy
        do {
            easy = try idle.popLast() ?? CurlEasy()
        } catch {
            job.cancellation.detach()
            job.complete(.failure(Self.curlError(error)))
            return
        }
        do {
            try easy.reset()
            try easy.configure(job.request)
            try easy.prepareTransfer()
            easy.setAbortCheck { job.cancellation.isCancelled }
            try multi.add(easy)
            running[easy.handle] = (job, easy)
        } catch {
            recycle(easy)
            job.cancellation.detach()
            job.complete(.failure(Self.curlError(error)))
        }
    }

    /// A transfer libcurl reports done: its result, or the error its code means.
    private func finish(_ handle: UnsafeMutableRawPointer, code: CURLcode) {
        guard let entry = running[handle] else { return }
        if entry.job.cancellation.isCancelled {
            end(handle, with: .failure(.cancelled))
            return
        }
        do {
            end(handle, with: .success(try entry.easy.finishTransfer(code)))
        } catch {
            end(handle, with: .failure(Self.curlError(error)))
        }
    }

    /// Takes a transfer out of the multi handle, keeps its easy handle and reports `result`.
    private func end(_ handle: UnsafeMutableRawPointer, with result: Result<CurlResult, CurlError>) {
        guard let entry = running.removeValue(forKey: handle) else { return }
        multi.remove(entry.easy)
        recycle(entry.easy)
        entry.job.cancellation.detach()
        entry.job.complete(result)
    }

    /// Every running transfer ends with `error` (the multi handle itself failed).
    private func failAll(_ error: any Error) {
        for handle in Array(running.keys) { end(handle, with: .failure(Self.curlError(error))) }
    }

    /// Keeps `easy` for a later transfer (its caches with it), up to `maxIdleHandles`.
    private func recycle(_ easy: CurlEasy) {
        if idle.count < maxIdleHandles { idle.append(easy) }
    }

    private static func curlError(_ error: any Error) -> CurlError {
        error as? CurlError ?? CurlError(code: -1, message: "\(error)")
    }
}
