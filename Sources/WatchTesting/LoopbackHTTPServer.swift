import Foundation
import WatchHTTP

/// A small real HTTP/1.1 server on 127.0.0.1 with a port the kernel picks, for tests and
/// benchmarks that must cross a real socket. Each connection gets a thread; keep-alive is
/// supported; every request is recorded with its arrival time.
public final class LoopbackHTTPServer: Sendable {
    public typealias Handler = @Sendable (RecordedRequest) -> ServerReply

    /// The port the kernel assigned.
    public let port: UInt16
    private let listener: SocketListener
    private let log: RequestLog

    /// Starts listening at once; requests are answered by `handler` on connection threads.
    /// `port` 0 lets the kernel pick; a fixed port brings a stopped server's address back up.
    public init(port requestedPort: UInt16 = 0, handler: @escaping Handler) throws {
        let log = RequestLog()
        self.log = log
        // The connection threads hold the handler and the log, not the server, so dropping
        // the server stops it.
        let fd = try Socket.listen(host: "127.0.0.1", port: requestedPort)
        listener = try SocketListener(listener: fd, name: "loopback") {
            LoopbackConnection.serve($0, handler: handler, log: log)
        }
        port = listener.port
    }

    deinit { stop() }

    /// `http://127.0.0.1:<port>`.
    public var baseURL: String { "http://127.0.0.1:\(port)" }

    /// Every request received so far, in arrival order.
    public var requests: [RecordedRequest] { log.requests }

    /// Stops accepting and ends every open connection, hung ones included.
    public func stop() { listener.stop() }
}
