import Foundation

/// The loopback server's shared bookkeeping, behind one lock.
final class ServerState: @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [RecordedRequest] = []
    private var connections: Set<Int32> = []
    private var stopped = false

    var requests: [RecordedRequest] { lock.withLock { recorded } }
    var openConnections: Set<Int32> { lock.withLock { connections } }
    var isStopped: Bool { lock.withLock { stopped } }

    func record(_ request: RecordedRequest) { lock.withLock { recorded.append(request) } }

    /// Registers a connection; `false` once the server has stopped.
    func track(_ fd: Int32) -> Bool {
        lock.withLock {
            guard !stopped else { return false }
            connections.insert(fd)
            return true
        }
    }

    func untrack(_ fd: Int32) { _ = lock.withLock { connections.remove(fd) } }

    /// Marks the server stopped; `false` if it already was.
    func markStopped() -> Bool {
        lock.withLock {
            defer { stopped = true }
            return !stopped
        }
    }
}
