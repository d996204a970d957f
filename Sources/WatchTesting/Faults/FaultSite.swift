import Foundation
import Synchronization
import WatchHTTP

/// A web site on the loopback server where every path misbehaves on purpose:
/// `/fault/<kind>/list.html` plays `FaultKind` `kind`, `/healthy/list.html` is a well-behaved list
/// with three articles. Use as `LoopbackHTTPServer(handler: site.reply)`; build source URLs with
/// `listURL(_:base:)`, which sends `.connectionRefused` to a port nobody listens on.
public final class FaultSite: Sendable {
    /// The size of `.hugePage`.
    public static let hugePageBytes = 50 * 1024 * 1024
    /// What `.gzipBomb` decodes to: 2 GiB of zeros.
    public static let bombDecodedBytes = 2 << 30
    /// `Retry-After` seconds `.tooManyRequests` asks for: longer than a poll sits out.
    public static let retryAfterSeconds = 3600
    /// Articles on the healthy list.
    public static let healthyArticles = 3

    /// A port that refuses connections while the site lives.
    private let refusing: RefusingPort
    public var deadPort: UInt16 { refusing.port }
    /// Requests per path, for articles that disappear after their first read.
    private let hits = Mutex<[String: Int]>([:])
    private let bomb = Mutex<[UInt8]?>(nil)
    private let huge = Mutex<[UInt8]?>(nil)

    public init() throws {
        refusing = try RefusingPort()
    }

    /// The list page URL for `kind` on the server at `base`.
    public func listURL(_ kind: FaultKind, base: String) -> String {
        kind == .connectionRefused
            ? "http://127.0.0.1:\(deadPort)/fault/\(kind.rawValue)/list.html"
            : "\(base)/fault/\(kind.rawValue)/list.html"
    }

    public static func healthyListURL(base: String) -> String { "\(base)/healthy/list.html" }

    /// The reply to one request.
    public func reply(_ request: RecordedRequest) -> ServerReply {
        let path = request.path.split(separator: "?").first.map(String.init) ?? "/"
        let parts = path.split(separator: "/").map(String.init)
        if parts.first == "healthy" || parts.first == "other-host" {
            return healthy(parts, section: parts[0])
        }
        guard parts.count == 3, parts[0] == "fault", let kind = FaultKind(rawValue: parts[1]) else {
            return .text("not found", status: 404, contentType: "text/plain")
        }
        if parts[2] == "list.html" { return listReply(kind, request: request) }
        return articleReply(kind, page: parts[2], path: path)
    }

    private func healthy(_ parts: [String], section: String) -> ServerReply {
        guard parts.count == 2 else { return .text("not found", status: 404, contentType: "text/plain") }
        if parts[1] == "list.html" {
            return .text(FaultPages.list(section: section, count: Self.healthyArticles))
        }
        return .text(FaultPages.article(section: section, page: parts[1]))
    }

    /// Articles under a fault's list: the gone kinds answer 404/410 after the first read of a1.
    private func articleReply(_ kind: FaultKind, page: String, path: String) -> ServerReply {
        let count = hits.withLock { (counts: inout [String: Int]) -> Int in
            counts[path, default: 0] += 1
            return counts[path, default: 0]
        }
        if kind.isArticleGone && page == "a1.html" && count > 1 {
            let status = kind == .articleGone404 ? 404 : 410
            return .text("gone", status: status, contentType: "text/plain")
        }
        let html = FaultPages.article(section: kind.rawValue, page: page)
        if kind == .wrongCharset {
            return .response(status: 200, headers: FaultPages.claimsUTF8, body: FaultPages.gb18030(html))
        }
        return .text(html)
    }

    /// `.hugePage`'s body, made once by doubling (a row-by-row build is too slow in debug builds).
    func hugePage() -> [UInt8] {
        huge.withLock { cached in
            if let cached { return cached }
            var body = Array("<p>填充内容填充内容填充内容填充内容填充内容填充内容填充内容填充内容</p>\n".utf8)
            while body.count < Self.hugePageBytes { body += body }
            body.removeLast(body.count - Self.hugePageBytes)
            cached = body
            return body
        }
    }

    func gzipBomb() -> [UInt8] {
        bomb.withLock { cached in
            if let cached { return cached }
            let bytes = GzipBomb.stream(decodedAtLeast: Self.bombDecodedBytes).bytes
            cached = bytes
            return bytes
        }
    }
}
