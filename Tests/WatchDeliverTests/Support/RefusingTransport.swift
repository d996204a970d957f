import Foundation
import WatchCore

/// A transport whose every request fails to connect, counting the attempts.
final class RefusingTransport: Transport, @unchecked Sendable {
    // @unchecked: `attempts` is only touched under `lock`.
    private let lock = NSLock()
    private var attempts = 0

    var count: Int { lock.withLock { attempts } }

    func send(_ request: HTTPRequest) async -> Result<HTTPResponse, FetchError> {
        lock.withLock { attempts += 1 }
        return .failure(FetchError(kind: .connect, url: request.url, message: "connection refused"))
    }
}
