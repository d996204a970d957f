import LibCurl
import WatchCore

extension FetchError {
    /// Classifies a libcurl failure. `url` is the request's URL: a scheme refusal on an http(s)
    /// request comes from a redirect (a `.redirect` failure), unless the server answered with
    /// something that is not HTTP at all, which libcurl reports with the same code.
    init(curl error: CurlError, url: String) {
        let message =
            error.code == CurlError.outOfMemory
            ? "response headers too large, or out of memory (libcurl: \(error.message))" : error.message
        self.init(
            kind: Self.kind(ofCurlCode: error.code, requestURL: url, message: error.message), url: url,
            message: message)
    }

    /// libcurl's words for an answer without an HTTP status line (garbage bytes).
    static let notHTTPMessage = "HTTP/0.9"

    static func kind(ofCurlCode code: Int, requestURL: String, message: String = "") -> Kind {
        if code == CurlError.unsupportedProtocol && message.contains(notHTTPMessage) { return .protocolError }
        if code == CurlError.unsupportedProtocol {
            let lowered = requestURL.lowercased()
            let isWeb = lowered.hasPrefix("http://") || lowered.hasPrefix("https://")
            return isWeb ? .redirect : .other
        }
        return curlKinds[code] ?? .other
    }

    /// libcurl's codes, grouped by what the fetcher does about them.
    private static let curlKinds: [Int: Kind] = {
        var kinds: [Int: Kind] = [:]
        for code in CurlError.dnsCodes { kinds[code] = .dns }
        for code in CurlError.tlsCodes { kinds[code] = .tls }
        for code in CurlError.protocolCodes { kinds[code] = .protocolError }
        kinds[CurlError.couldNotConnect] = .connect
        kinds[CurlError.operationTimedOut] = .timeout
        kinds[CurlError.fileSizeExceeded] = .tooLarge
        kinds[CurlError.tooManyRedirects] = .redirect
        kinds[CurlError.redirectRefused] = .redirect
        kinds[CurlError.abortedByCallback] = .cancelled
        // libcurl 7.x reports a response header over its 100 KB limit as "out of memory";
        // a real allocation failure inside libcurl is far less likely than a hostile server.
        kinds[CurlError.outOfMemory] = .protocolError
        return kinds
    }()
}
