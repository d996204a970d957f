import WatchCore

/// The HTTP part of a WARC response record: status line, headers, blank line, body.
enum HTTPResponseBlock {
    /// Headers describing a transfer form the body no longer has: libcurl hands over the
    /// decoded body, so these would make a WARC reader decode it a second time or cut it short.
    static let transferHeaders: Set<String> = ["content-encoding", "transfer-encoding", "content-length"]

    static func render(_ response: ArchivedResponse) -> [UInt8] {
        var head = "HTTP/1.1 \(response.status) \(reason(response.status))\r\n"
        for header in response.headers where !transferHeaders.contains(header.name.lowercased()) {
            head += "\(clean(header.name)): \(clean(header.value))\r\n"
        }
        head += "Content-Length: \(response.body.count)\r\n\r\n"
        return Array(head.utf8) + response.body
    }

    /// Header text never carries a line break into the record.
    private static func clean(_ text: String) -> String {
        String(text.unicodeScalars.filter { $0 != "\r" && $0 != "\n" })
    }

    private static func reason(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 203: "Non-Authoritative Information"
        case 206: "Partial Content"
        default: "Status"
        }
    }
}
