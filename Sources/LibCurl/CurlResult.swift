/// What one transfer produced.
public struct CurlResult: Sendable {
    /// The HTTP status of the last response (after redirects).
    public var status: Int
    /// The URL of the last response (after redirects).
    public var effectiveURL: String
    /// Header lines of the last response, in order, without line ends; names keep their case.
    public var headers: [(name: String, value: String)]
    /// The (decoded) body bytes.
    public var body: [UInt8]
    /// The cookie engine's jar after the transfer (cookie-file lines); empty when it was off.
    public var cookies: [String] = []
    /// Redirects followed.
    public var redirectCount: Int
    /// Seconds from start until the name was resolved, connected, first byte, and done.
    public var timings: CurlTimings
}

/// libcurl's timing breakdown of one transfer, in seconds.
public struct CurlTimings: Sendable, Equatable {
    public var nameLookup: Double
    public var connect: Double
    public var firstByte: Double
    public var total: Double
}
