/// A request for the `Transport`: what to ask, and the limits that bound the answer.
public struct HTTPRequest: Sendable, Hashable {
    public enum Method: String, Sendable, Hashable {
        case get = "GET"
        case post = "POST"
    }

    /// Bodies above this are an error, never silently truncated data (10 MB).
    public static let defaultMaxBodyBytes = 10 * 1024 * 1024

    public var method: Method
    public var url: String
    public var headers: [HTTPHeader]
    public var body: [UInt8]
    public var userAgent: String
    /// The whole transfer, connect included.
    public var timeout: Duration
    public var connectTimeout: Duration
    public var maxBodyBytes: Int
    /// An explicit proxy URL; `nil` uses the usual environment variables.
    public var proxy: String?
    /// Keep the first `maxBodyBytes` of a longer body instead of failing (robots.txt).
    public var truncatesBody = false
    /// Cookies set during the request's redirect chain are sent on its next hops (a site's
    /// cookie-check redirect); without a `cookieJar` none outlive the request.
    public var keepsCookies = false
    /// Where cookies are loaded from before the request and kept after it (one poll's jar).
    public var cookieJar: CookieJar?
    /// Redirects that leave the request's site (registrable domain) are not followed: the
    /// request fails as `.redirect` naming the target.
    public var staysOnSite = false

    public init(
        method: Method = .get, url: String, headers: [HTTPHeader] = [], body: [UInt8] = [],
        userAgent: String = "bureauwatch/0.1", timeout: Duration = .seconds(20),
        connectTimeout: Duration = .seconds(10), maxBodyBytes: Int = HTTPRequest.defaultMaxBodyBytes,
        proxy: String? = nil
    ) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.userAgent = userAgent
        self.timeout = timeout
        self.connectTimeout = connectTimeout
        self.maxBodyBytes = maxBodyBytes
        self.proxy = proxy
    }
}
