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
        let fd = try Socket.listen(host: "127.0.0.1", port: requestedPort)
        listener = try SocketListener(listener: fd, name: "loopback") {
            LoopbackConnection.serve($0, handler: handler, log: log)
        }
        port = listener.port
    }

    /// `http://127.0.0.1:<port>`.
    public var baseURL: String { "http://127.0.0.1:\(port)" }

    /// Every request received so far, in arrival order.
    public var requests: [RecordedRequest] { log.requests }

    /// Stops accepting and ends every open connection, hung ones included. Only this stops
    /// it: the listener serves on after the last reference to the server is gone, so a test
    /// that keeps only `baseURL` is not cut off when the optimizer ends the server's lifetime.
    public func stop() { listener.stop() }
}
