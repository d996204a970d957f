import WatchHTTP

/// One request as the loopback server received it.
public struct RecordedRequest: Sendable {
    public let method: String
    /// The request target as sent (path and query).
    public let path: String
    /// Header fields in arrival order; names as sent.
    public let headers: [(name: String, value: String)]
    public let body: [UInt8]
    /// When the request's head had fully arrived, on the monotonic clock.
    public let receivedAt: ContinuousClock.Instant
    /// Which connection it came on: the server numbers connections from 1 as it accepts them,
    /// so requests that share a number shared a kept-alive connection.
    public let connection: Int

    init(_ request: IncomingRequest, connection: Int) {
        self.connection = connection
        method = request.method
        path = request.path
        headers = request.headers
        body = request.body
        receivedAt = request.receivedAt
    }

    /// The first value of header `name`, compared case-insensitively.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }
}
