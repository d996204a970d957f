import Foundation

/// The loopback server's record of requests, in arrival order.
///
/// `@unchecked Sendable`: `recorded` and `connections` are only touched while `lock` is held.
final class RequestLog: @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [RecordedRequest] = []
    private var connections = 0

    /// Numbers a newly accepted connection, from 1.
    func newConnection() -> Int {
        lock.withLock {
            connections += 1
            return connections
        }
    }

    var requests: [RecordedRequest] { lock.withLock { recorded } }

    func record(_ request: RecordedRequest) { lock.withLock { recorded.append(request) } }
}
