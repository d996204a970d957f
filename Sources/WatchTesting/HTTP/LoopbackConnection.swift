import Foundation
import WatchHTTP

/// What the loopback server does on one connection: read requests, record them, and play
/// each reply (a response, or a script of wire-level steps).
enum LoopbackConnection {
    static func serve(_ fd: Int32, handler: LoopbackHTTPServer.Handler, log: RequestLog) {
        var reader = RequestReader(fd: fd)
        let connection = log.newConnection()
        while let incoming = reader.next() {
            let request = RecordedRequest(incoming, connection: connection)
            log.record(request)
            let keepOpen = play(handler(request), on: fd, request: request)
            if !keepOpen || incoming.wantsClose { return }
        }
    }

    /// Sends the reply; returns whether the connection may serve another request.
    private static func play(_ reply: ServerReply, on fd: Int32, request: RecordedRequest) -> Bool {
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

    /// Plays one step; `false` stops the script. After `stop`, the socket is shut down, so
    /// the next `send` fails and the script ends there.
    private static func perform(_ step: WireStep, on fd: Int32) -> Bool {
        switch step {
        case .send(let bytes): return Socket.sendAll(fd, bytes)
        case .pause(let milliseconds):
            Thread.sleep(forTimeInterval: Double(milliseconds) / 1000)
            return true
        case .hang:
            Socket.waitUntilClosed(fd)
            return false
        case .reset:
            Socket.resetOnClose(fd)
            return false
        }
    }
}
