/// What the loopback server does with a request: answer it properly, or follow a script
/// of wire-level steps (for slow, broken and hostile servers).
public enum ServerReply: Sendable {
    /// A well-formed response; `Content-Length` is added unless `headers` set one.
    case response(status: Int, headers: [(String, String)] = [], body: [UInt8] = [])
    /// Raw steps, after which the connection is closed.
    case script([WireStep])

    /// A 200 with a UTF-8 text body.
    public static func text(
        _ body: String, status: Int = 200, contentType: String = "text/html; charset=utf-8",
        headers: [(String, String)] = []
    ) -> ServerReply {
        .response(status: status, headers: [("Content-Type", contentType)] + headers, body: Array(body.utf8))
    }
}

/// One step of a scripted reply.
public enum WireStep: Sendable {
    case send([UInt8])
    case pause(milliseconds: Int)
    /// Waits until the client goes away or the server stops.
    case hang
    /// Closes with a TCP reset instead of an orderly close.
    case reset
}
