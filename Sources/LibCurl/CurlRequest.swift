/// Everything one transfer needs, as plain values, so it can cross to the transfer's thread.
public struct CurlRequest: Sendable {
    public var url: String
    /// Sent with POST when not `nil`; GET otherwise.
    public var postBody: [UInt8]?
    /// Header lines, each `Name: value`.
    public var headers: [String]
    public var userAgent: String
    public var connectTimeoutMilliseconds: Int
    public var timeoutMilliseconds: Int
    /// Abort when fewer than `bytesPerSecond` arrive for `seconds` in a row; `nil` for no limit.
    public var lowSpeed: (bytesPerSecond: Int, seconds: Int)?
    public var maxRedirects: Int
    /// Allowed schemes for the request and every redirect, e.g. `"http,https"`.
    public var allowedProtocols: String
    public var maxBodyBytes: Int
    /// Keep the first `maxBodyBytes` of a longer body instead of failing (robots.txt, which
    /// RFC 9309 reads up to a size).
    public var truncatesBody: Bool = false
    /// Turns libcurl's cookie engine on for this transfer, starting with no cookies: a
    /// Set-Cookie on one response of a redirect chain is sent on the next (cookie-check walls).
    public var keepsCookies: Bool = false
    /// Cookies to start the transfer with (libcurl's cookie-file lines), with `keepsCookies`.
    public var cookies: [String] = []
    /// Asked before each redirect is followed, with the request's URL and the redirect's
    /// absolute target; `false` ends the transfer there (`CurlError.redirectRefused`).
    public var redirectAllowed: (@Sendable (_ requestURL: String, _ target: String) -> Bool)?
    /// `nil` leaves libcurl's default: the usual proxy environment variables.
    public var proxy: String?
    public var verifyTLS: Bool

    public init(
        url: String, postBody: [UInt8]? = nil, headers: [String] = [], userAgent: String,
        connectTimeoutMilliseconds: Int, timeoutMilliseconds: Int,
        lowSpeed: (bytesPerSecond: Int, seconds: Int)? = nil, maxRedirects: Int = 5,
        allowedProtocols: String = "http,https", maxBodyBytes: Int, proxy: String? = nil,
        verifyTLS: Bool = true
    ) {
        self.url = url
        self.postBody = postBody
        self.headers = headers
        self.userAgent = userAgent
        self.connectTimeoutMilliseconds = connectTimeoutMilliseconds
        self.timeoutMilliseconds = timeoutMilliseconds
        self.lowSpeed = lowSpeed
        self.maxRedirects = maxRedirects
        self.allowedProtocols = allowedProtocols
        self.maxBodyBytes = maxBodyBytes
        self.proxy = proxy
        self.verifyTLS = verifyTLS
    }
}
