/// One HTTP/1.1 request as a server read it off the wire.
public struct IncomingRequest: Sendable {
    public let method: String
    /// The request target as sent (path and query).
    public let path: String
    /// Header fields in arrival order; names as sent.
    public let headers: [(name: String, value: String)]
    public let body: [UInt8]
    /// When the request's head had fully arrived, on the monotonic clock.
    public let receivedAt: ContinuousClock.Instant

    public init(
        method: String, path: String, headers: [(name: String, value: String)], body: [UInt8],
        receivedAt: ContinuousClock.Instant
    ) {
        self.method = method
        self.path = path
        self.headers = headers
        self.body = body
        self.receivedAt = receivedAt
    }

    /// The first value of header `name`, compared case-insensitively.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// The path without its query string.
    public var pathWithoutQuery: Substring {
        path.prefix { $0 != "?" }
    }

    /// Whether the client asked to close the connection after this request.
    public var wantsClose: Bool { header("Connection")?.lowercased() == "close" }
}
