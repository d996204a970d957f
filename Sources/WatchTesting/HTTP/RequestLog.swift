import Foundation

/// The loopback server's record of requests, in arrival order.
///
/// `@unchecked Sendable`: `recorded` is only touched while `lock` is held.
final class RequestLog: @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [RecordedRequest] = []

    var requests: [RecordedRequest] { lock.withLock { recorded } }

    func record(_ request: RecordedRequest) { lock.withLock { recorded.append(request) } }
}
