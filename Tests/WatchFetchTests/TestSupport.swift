import Foundation
import Logging
import Synchronization
import WatchCore
import WatchFetch
import WatchTesting

/// A logger that drops everything: the tests assert on outcomes, not on log lines.
let quietLogger = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }

/// A source for `url` with fast, test-sized limits: no per-host delay unless asked,
/// robots.txt off unless asked.
func testSource(
    url: String = "http://127.0.0.1/", robots: Bool = false, delay: Duration = .zero,
    concurrency: Int = 1, timeout: Duration = .seconds(10)
) -> SourceConfig {
    SourceConfig(
        id: "test", name: "test", kind: .bureau, url: url, timeout: timeout,
        userAgent: "bureauwatch/0.1", perHost: PerHostPolicy(concurrency: concurrency, delay: delay),
        robots: robots)
}

/// Retries with a 10 ms base, so retry tests take milliseconds unless the server asks for more.
let fastRetries = RetryPolicy(maxRetries: 3, baseDelay: .milliseconds(10), maxDelay: .milliseconds(100))

/// A fetcher over a real `CurlTransport`.
func makeFetcher(
    validators: any ValidatorStore = InMemoryValidatorStore(), clock: any WallClock = SystemClock(),
    retry: RetryPolicy = fastRetries, maxBodyBytes: Int = HTTPRequest.defaultMaxBodyBytes,
    limits: CurlTransport.Limits = CurlTransport.Limits()
) -> PoliteFetcher {
    PoliteFetcher(
        transport: CurlTransport(limits: limits, logger: quietLogger), validators: validators,
        clock: clock, retry: retry, maxBodyBytes: maxBodyBytes, logger: quietLogger)
}

/// Counts requests per path under a lock, so a handler can answer the first request to a
/// path differently from the later ones.
final class HitCounter: Sendable {
    private let counts = Mutex<[String: Int]>([:])

    /// The 1-based number of this request to `path`.
    func next(_ path: String) -> Int {
        counts.withLock { counts in
            counts[path, default: 0] += 1
            return counts[path]!
        }
    }
}

/// Gaps between consecutive arrivals at the server, in seconds.
func arrivalGaps(_ requests: [RecordedRequest]) -> [Double] {
    zip(requests, requests.dropFirst()).map { earlier, later in
        let gap = later.receivedAt - earlier.receivedAt
        return Double(gap.components.seconds) + Double(gap.components.attoseconds) / 1e18
    }
}

/// The UTF-8 bytes of `text`.
func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }
