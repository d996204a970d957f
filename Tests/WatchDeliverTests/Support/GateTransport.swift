import Foundation
import WatchCore

/// A transport that holds the first request until the test releases it and answers the others
/// at once, all with 200 (so a duplicate send shows up in `count` instead of hanging the test).
final class GateTransport: Transport, @unchecked Sendable {
    // @unchecked: every stored property is only touched under `lock`.
    private let lock = NSLock()
    private var waiting: [CheckedContinuation<Void, Never>] = []
    private var arrivals: [CheckedContinuation<Void, Never>] = []
    private var released = false
    private var requests = 0

    var count: Int { lock.withLock { requests } }

    func send(_ request: HTTPRequest) async -> Result<HTTPResponse, FetchError> {
        await withCheckedContinuation { continuation in
            let (go, arrived) = lock.withLock { () -> (Bool, [CheckedContinuation<Void, Never>]) in
                requests += 1
                let arrived = arrivals
                arrivals = []
                let hold = !released && requests == 1
                if hold { waiting.append(continuation) }
                return (!hold, arrived)
            }
            for waiter in arrived { waiter.resume() }
            if go { continuation.resume() }
        }
        return .success(HTTPResponse(status: 200, finalURL: request.url))
    }

    func waitForFirstRequest() async {
        await withCheckedContinuation { continuation in
            let already = lock.withLock { () -> Bool in
                if requests > 0 { return true }
                arrivals.append(continuation)
                return false
            }
            if already { continuation.resume() }
        }
    }

    func release() {
        let held = lock.withLock { () -> [CheckedContinuation<Void, Never>] in
            released = true
            defer { waiting = [] }
            return waiting
        }
        for waiter in held { waiter.resume() }
    }
}
