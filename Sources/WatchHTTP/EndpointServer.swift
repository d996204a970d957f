/// A small production HTTP/1.1 server for a daemon's status endpoints (`/metrics`, `/healthz`):
/// a thread per connection, keep-alive, and the bounds of `EndpointLimits`. Routing is the
/// handler's business; this type only speaks the protocol.
public final class EndpointServer: Sendable {
    public typealias Handler = @Sendable (IncomingRequest) -> EndpointResponse

    /// The address it listens on, as given.
    public let host: String
    /// The port it is bound to (the kernel's pick when asked for port 0).
    public let port: UInt16
    private let listener: SocketListener

    /// Binds `host:port` and starts serving at once; throws when the address is not an IPv4
    /// literal or cannot be bound (in use, not local).
    public init(
        host: String, port: UInt16, limits: EndpointLimits = .standard,
        handler: @escaping Handler
    ) throws {
        let fd = try Socket.listen(host: host, port: port)
        self.host = host
        listener = try SocketListener(
            listener: fd, name: "endpoint", maxConnections: limits.maxConnections,
            serve: { Self.serve($0, limits: limits, handler: handler) },
            refuse: { Self.refuse($0) })
        self.port = listener.port
    }

    /// `host:port` as bound.
    public var address: String { "\(host):\(port)" }

    /// Stops accepting and closes every open connection; returns at once (see `waitUntilStopped`).
    public func stop() { listener.stop() }

    /// Returns once the listening socket and every connection are closed, after `stop`.
    public func waitUntilStopped() async { await listener.waitUntilStopped() }

    private static func serve(_ fd: Int32, limits: EndpointLimits, handler: Handler) {
        Socket.setReceiveTimeout(fd, limits.readTimeout)
        var reader = RequestReader(fd: fd, maxHeadBytes: limits.maxHeadBytes, maxBodyBytes: limits.maxBodyBytes)
        while let request = reader.next() {
            let response = handler(request)
            let body = request.method == "HEAD" ? [] : response.body
            guard Socket.sendAll(fd, head(response) + body), !request.wantsClose else { return }
        }
    }

    private static func head(_ response: EndpointResponse) -> [UInt8] {
        let headers = [("Content-Type", response.contentType)] + response.headers.map { ($0.name, $0.value) }
        return ResponseHead.render(status: response.status, headers: headers, bodyLength: response.body.count)
    }

    /// Over the connection cap: a short 503 rather than a silent close, so a scraper logs why.
    private static func refuse(_ fd: Int32) {
        let body = Array("too many connections\n".utf8)
        let head = ResponseHead.render(
            status: 503,
            headers: [
                ("Content-Type", "text/plain; charset=utf-8"),
                ("Connection", "close"),
            ], bodyLength: body.count)
        _ = Socket.sendAll(fd, head + body)
    }
}
