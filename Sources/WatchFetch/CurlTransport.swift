import LibCurl
import Logging
import WatchCore

/// The daemon's `Transport`: libcurl on a thread of its own (`CurlRunner`: one multi handle for
/// every transfer), so transfers never block Swift's cooperative pool, and cancelling the calling
/// task aborts the transfer.
///
/// Every request follows at most `limits.maxRedirects` redirects, only to http/https, asks for
/// every content encoding libcurl decodes, verifies TLS, and uses the request's proxy or the
/// usual environment variables. HTTP statuses are answers, not errors: judging them is the
/// caller's business.
public struct CurlTransport: Transport {
    /// Bounds that are the transport's policy rather than a property of one request.
    public struct Limits: Sendable, Hashable {
        /// Redirects followed before the request fails as `.redirect`.
        public var maxRedirects: Int
        /// A transfer slower than this for `lowSpeedSeconds` in a row is aborted as `.timeout`;
        /// it catches servers that drip bytes to stay under the total timeout's radar.
        public var lowSpeedBytesPerSecond: Int
        public var lowSpeedSeconds: Int

        public init(maxRedirects: Int = 5, lowSpeedBytesPerSecond: Int = 64, lowSpeedSeconds: Int = 15) {
            self.maxRedirects = maxRedirects
            self.lowSpeedBytesPerSecond = lowSpeedBytesPerSecond
            self.lowSpeedSeconds = lowSpeedSeconds
        }

        /// For webhooks: no redirect is followed. libcurl turns a POST into a body-less GET on
        /// 301/302 (whose 200 would count as delivered) and re-POSTs the signed body to any host
        /// on 307/308; the 3xx comes back as the answer instead, and delivery refuses it.
        public static let webhook = Limits(maxRedirects: 0)
    }

    /// The only schemes a request or a redirect may use.
    static let allowedProtocols = "http,https"

    private let runner: CurlRunner
    private let limits: Limits
    private let logger: Logger

    /// - Parameter runner: the libcurl thread and connection cache; by default the process's one.
    public init(limits: Limits = Limits(), runner: CurlRunner = .shared, logger: Logger) {
        self.runner = runner
        self.limits = limits
        self.logger = logger
    }

    public func send(_ request: HTTPRequest) async -> Result<HTTPResponse, FetchError> {
        switch await runner.run(curlRequest(for: request)) {
        case .success(let result):
            request.cookieJar?.replace(with: result.cookies)
            logger.debug(
                "fetched",
                metadata: [
                    "url": "\(request.url)", "status": "\(result.status)", "bytes": "\(result.body.count)",
                    "redirects": "\(result.redirectCount)", "connect_s": "\(result.timings.connect)",
                    "first_byte_s": "\(result.timings.firstByte)", "total_s": "\(result.timings.total)",
                ])
            return .success(
                HTTPResponse(
                    status: result.status, finalURL: result.effectiveURL,
                    headers: result.headers.map { HTTPHeader($0.name, $0.value) },
                    body: result.body, totalSeconds: result.timings.total))
        case .failure(let error):
            let failure = FetchError(curl: error, url: request.url)
            logger.debug("transfer failed", metadata: ["url": "\(request.url)", "error": "\(failure)"])
            return .failure(failure)
        }
    }

    /// A timeout in whole milliseconds, at least 1: libcurl reads 0 as "no limit".
    static func curlTimeout(_ duration: Duration) -> Int { max(duration.milliseconds, 1) }

    func curlRequest(for request: HTTPRequest) -> CurlRequest {
        var curl = CurlRequest(
            url: request.url,
            postBody: request.method == .post ? request.body : nil,
            headers: request.headers.map { "\($0.name): \($0.value)" },
            userAgent: request.userAgent,
            connectTimeoutMilliseconds: Self.curlTimeout(request.connectTimeout),
            timeoutMilliseconds: Self.curlTimeout(request.timeout),
            lowSpeed: (limits.lowSpeedBytesPerSecond, limits.lowSpeedSeconds),
            maxRedirects: limits.maxRedirects,
            allowedProtocols: Self.allowedProtocols,
            maxBodyBytes: request.maxBodyBytes,
            proxy: request.proxy,
            verifyTLS: true)
        curl.truncatesBody = request.truncatesBody
        curl.keepsCookies = request.keepsCookies || request.cookieJar != nil
        curl.cookies = request.cookieJar?.lines ?? []
        if request.staysOnSite { curl.redirectAllowed = { RegistrableDomain.sameSite($0, $1) } }
        return curl
    }
}
