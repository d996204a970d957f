/// Bounds that keep a small production HTTP endpoint from being tied up by its clients.
public struct EndpointLimits: Sendable, Hashable {
    /// A request head larger than this ends the connection. Scrapers and probes send a few
    /// hundred bytes; 8 KiB leaves room for proxies' extra headers.
    public var maxHeadBytes: Int
    /// A request body larger than this ends the connection (the endpoint only serves GET).
    public var maxBodyBytes: Int
    /// How long one connection may stay silent, mid-request or idle between keep-alive
    /// requests, before it is closed (SO_RCVTIMEO). Prometheus scrapes every 15 s or more,
    /// so a 10 s idle keep-alive connection is simply reopened.
    public var readTimeout: Duration
    /// Connections served at once (each holds a thread); one more is answered 503 and closed.
    public var maxConnections: Int

    public init(
        maxHeadBytes: Int = 8 * 1024, maxBodyBytes: Int = 4 * 1024,
        readTimeout: Duration = .seconds(10), maxConnections: Int = 16
    ) {
        self.maxHeadBytes = maxHeadBytes
        self.maxBodyBytes = maxBodyBytes
        self.readTimeout = readTimeout
        self.maxConnections = maxConnections
    }

    /// The defaults above.
    public static let standard = EndpointLimits()
}
