import Foundation
import LibCurl
import WatchCore

/// TEST ONLY: a minimal `Transport` over `LibCurl.CurlEasy`, so the delivery tests cross a real
/// socket while `WatchFetch.CurlTransport` is built in parallel. Replace it with
/// `WatchFetch.CurlTransport` after the merge (and drop LibCurl from this test target).
struct CurlTestTransport: Transport {
    func send(_ request: HTTPRequest) async -> Result<HTTPResponse, FetchError> {
        // `perform` blocks: run it on its own thread, never on the cooperative pool.
        await withCheckedContinuation { continuation in
            let thread = Thread { continuation.resume(returning: Self.perform(request)) }
            thread.name = "curl-test-transport"
            thread.start()
        }
    }

    private static func perform(_ request: HTTPRequest) -> Result<HTTPResponse, FetchError> {
        do {
            let easy = try CurlEasy()
            try easy.setURL(request.url)
            try easy.setUserAgent(request.userAgent)
            // An empty `Expect:` stops libcurl waiting a second for `100 Continue` on larger bodies.
            try easy.setHeaders(request.headers.map { "\($0.name): \($0.value)" } + ["Expect:"])
            if request.method == .post { try easy.setPostBody(request.body) }
            try easy.setTimeout(milliseconds: milliseconds(request.timeout))
            try easy.setConnectTimeout(milliseconds: milliseconds(request.connectTimeout))
            let result = try easy.perform()
            return .success(HTTPResponse(status: result.status, finalURL: result.effectiveURL,
                                         headers: result.headers.map { HTTPHeader($0.name, $0.value) },
                                         body: result.body, totalSeconds: result.timings.total))
        } catch let error as CurlError {
            let kind: FetchError.Kind = switch error.code {
            case CurlError.couldNotConnect: .connect
            case CurlError.operationTimedOut: .timeout
            default: .other
            }
            return .failure(FetchError(kind: kind, url: request.url, message: error.message))
        } catch {
            return .failure(FetchError(kind: .other, url: request.url, message: "\(error)"))
        }
    }

    private static func milliseconds(_ duration: Duration) -> Int {
        Int(duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000)
    }
}
