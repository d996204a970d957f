import Foundation

/// Serves a folder as a web site for `LoopbackHTTPServer`: files by path, an ETag per file's
/// bytes with 304 answers to a matching `If-None-Match`, and 404 for anything else (robots.txt
/// included, which means "allow all"). Files can be replaced while it serves.
public struct StaticSite: Sendable {
    public let root: URL

    public init(root: URL) {
        self.root = root
    }

    /// The reply for `request`; use as `LoopbackHTTPServer(handler: site.reply)`.
    public func reply(_ request: RecordedRequest) -> ServerReply {
        let path = request.path.split(separator: "?").first.map(String.init) ?? "/"
        guard !path.contains(".."), let data = FileManager.default.contents(atPath: root.path + path) else {
            return .text("not found", status: 404, contentType: "text/plain")
        }
        let bytes = [UInt8](data)
        let etag = "\"\(Self.hash(bytes))\""
        if request.header("If-None-Match") == etag {
            return .response(status: 304, headers: [("ETag", etag)])
        }
        let type = path.hasSuffix(".html") ? "text/html" : "application/octet-stream"
        return .response(status: 200, headers: [("Content-Type", type), ("ETag", etag)], body: bytes)
    }

    /// FNV-1a: a stable validator, not a security measure.
    static func hash(_ bytes: [UInt8]) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            value = (value ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return String(value, radix: 16)
    }
}
