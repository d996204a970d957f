import Foundation

/// A listener's socket, open connections and stopped flag, behind one lock, with a cap on how
/// many connections may be open at once. The listening socket is shut down (by `stop`) and
/// closed (as the accept loop ends) under the lock, so neither can touch a reused fd number.
///
/// `@unchecked Sendable`: every mutable field is read and written only while `lock` is held.
final class ConnectionTracker: @unchecked Sendable {
    /// What became of a connection offered to `track`.
    enum Admission { case admitted, full, stopped }

    private let lock = NSLock()
    private let listener: Int32
    private let limit: Int
    private var connections: Set<Int32> = []
    private var stopped = false
    private var acceptLoopEnded = false
    private var waiters: [CheckedContinuation<Void, Never>] = []

    init(listener: Int32, limit: Int) {
        self.listener = listener
        self.limit = limit
    }

    var isStopped: Bool { lock.withLock { stopped } }
    var openCount: Int { lock.withLock { connections.count } }

    /// Registers a connection unless the listener stopped or is at its cap.
    func track(_ fd: Int32) -> Admission {
        lock.withLock {
            if stopped { return .stopped }
            if connections.count >= limit { return .full }
            connections.insert(fd)
            return .admitted
        }
    }

    /// Forgets a connection; call before closing it, so `stop` never touches a reused fd.
    func untrack(_ fd: Int32) {
        finish(
            lock.withLock {
                connections.remove(fd)
                return takeWaitersIfDone()
            })
    }

    /// Marks the listener stopped, shuts its socket down (which wakes the blocked `accept`) and
    /// shuts down every open connection, hung ones included.
    func stop() {
        lock.withLock {
            guard !stopped else { return }
            stopped = true
            if !acceptLoopEnded { shutdown(listener, Int32(SHUT_RDWR)) }
            for fd in connections { shutdown(fd, Int32(SHUT_RDWR)) }
        }
    }

    /// Called by the accept loop as it returns: closes the listening socket.
    func acceptLoopDidEnd() {
        finish(
            lock.withLock {
                acceptLoopEnded = true
                close(listener)
                return takeWaitersIfDone()
            })
    }

    /// Returns once the accept loop has ended and every connection is closed.
    func waitUntilDone() async {
        await withCheckedContinuation { continuation in
            let done = lock.withLock {
                if acceptLoopEnded && connections.isEmpty { return true }
                waiters.append(continuation)
                return false
            }
            if done { continuation.resume() }
        }
    }

    private func takeWaitersIfDone() -> [CheckedContinuation<Void, Never>] {
        guard acceptLoopEnded && connections.isEmpty else { return [] }
        defer { waiters = [] }
        return waiters
    }

    private func finish(_ waiters: [CheckedContinuation<Void, Never>]) {
        for waiter in waiters { waiter.resume() }
    }
}
