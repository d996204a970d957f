import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A small real HTTP/1.1 server on 127.0.0.1 with a port the kernel picks, for tests and
/// benchmarks that must cross a real socket. Each connection gets a thread; keep-alive is
/// supported; every request is recorded with its arrival time.
public final class LoopbackHTTPServer: @unchecked Sendable {
    public typealias Handler = @Sendable (RecordedRequest) -> ServerReply

    /// The port the kernel assigned.
    public let port: UInt16
    private let listener: Int32
    private let handler: Handler
    private let state = ServerState()

    /// Starts listening at once; requests are answered by `handler` on connection threads.
    /// `port` 0 lets the kernel pick; a fixed port brings a stopped server's address back up.
    public init(port requestedPort: UInt16 = 0, handler: @escaping Handler) throws {
        self.handler = handler
        listener = try Socket.listenOnLoopback(port: requestedPort)
        port = try Socket.boundPort(listener)
        let thread = Thread { [self] in acceptLoop() }
        thread.name = "loopback-accept"
        thread.start()
    }

    deinit { stop() }

    /// `http://127.0.0.1:<port>`.
    public var baseURL: String { "http://127.0.0.1:\(port)" }

    /// Every request received so far, in arrival order.
    public var requests: [RecordedRequest] { state.requests }

    /// Stops accepting and ends every open connection, hung ones included.
    public func stop() {
        guard state.markStopped() else { return }
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
        for fd in state.openConnections { shutdown(fd, Int32(SHUT_RDWR)) }
    }

    private func acceptLoop() {
        while !state.isStopped {
            let client = accept(listener, nil, nil)
            guard client >= 0 else {
                if errno == EINTR || errno == ECONNABORTED { continue }
                return
            }
            Socket.disableNagle(client)
            guard state.track(client) else { close(client); return }
            let thread = Thread { [self] in serve(client) }
            thread.name = "loopback-conn"
            thread.start()
        }
    }

    private func serve(_ fd: Int32) {
        defer {
            state.untrack(fd)
            close(fd)
        }
        var reader = RequestReader(fd: fd)
        while let request = reader.next() {
            state.record(request)
            let keepOpen = play(handler(request), on: fd, request: request)
            if !keepOpen || request.header("Connection")?.lowercased() == "close" { return }
        }
    }

    /// Sends the reply; returns whether the connection may serve another request.
    private func play(_ reply: ServerReply, on fd: Int32, request: RecordedRequest) -> Bool {
        switch reply {
        case .response(let status, let headers, let body):
            let head = ResponseHead.render(status: status, headers: headers, bodyLength: body.count)
            let bodyToSend = request.method == "HEAD" ? [] : body
            return Socket.sendAll(fd, head + bodyToSend)
        case .script(let steps):
            for step in steps where !perform(step, on: fd) { break }
            return false
        }
    }

    private func perform(_ step: WireStep, on fd: Int32) -> Bool {
        switch step {
        case .send(let bytes): return Socket.sendAll(fd, bytes)
        case .pause(let milliseconds):
            Thread.sleep(forTimeInterval: Double(milliseconds) / 1000)
            return !state.isStopped
        case .hang:
            Socket.waitUntilClosed(fd)
            return false
        case .reset:
            Socket.resetOnClose(fd)
            return false
        }
    }
}
