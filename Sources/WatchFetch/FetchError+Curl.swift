import LibCurl
import WatchCore

extension FetchError {
    /// Classifies a libcurl failure. `url` is the request's URL: a scheme refusal on an http(s)
    /// request can only come from a redirect, so it is a `.redirect` failure.
    init(curl error: CurlError, url: String) {
        self.init(kind: Self.kind(ofCurlCode: error.code, requestURL: url), url: url, message: error.message)
    }

    static func kind(ofCurlCode code: Int, requestURL: String) -> Kind {
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
        kinds[CurlError.abortedByCallback] = .cancelled
        return kinds
    }()
}
