import Foundation
import Synchronization
import WatchTesting

/// An in-memory web site for the loopback server: replies by path (query ignored unless a
/// reply is set for the whole target), an ETag per body with 304 to a matching
/// If-None-Match, and 404 for anything else. Replies can change between polls.
final class PageSite: Sendable {
    private let pages = Mutex<[String: ServerReply]>([:])

    /// Serves `body` at `path` (`/list.shtml`, or `/search?page=2` for one query).
    func set(_ path: String, _ body: String, contentType: String = "text/html; charset=utf-8") {
        let bytes = Array(body.utf8)
        let etag =
            "\"\(bytes.count)-\(bytes.reduce(UInt64(14_695_981_039_346_656_037)) { ($0 ^ UInt64($1)) &* 1_099_511_628_211 })\""
        set(path, reply: .response(status: 200, headers: [("Content-Type", contentType), ("ETag", etag)], body: bytes))
    }

    func set(_ path: String, reply: ServerReply) {
        pages.withLock { $0[path] = reply }
    }

    func reply(_ request: RecordedRequest) -> ServerReply {
        let bare = request.path.split(separator: "?").first.map(String.init) ?? "/"
        guard let reply = pages.withLock({ $0[request.path] ?? $0[bare] }) else {
            return .text("not found", status: 404, contentType: "text/plain")
        }
        if case .response(let status, let headers, _) = reply, status == 200,
            let etag = headers.first(where: { $0.0 == "ETag" })?.1, request.header("If-None-Match") == etag
        {
            return .response(status: 304, headers: [("ETag", etag)])
        }
        return reply
    }
}
