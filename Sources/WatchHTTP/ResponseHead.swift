/// Renders an HTTP/1.1 status line and header block.
public enum ResponseHead {
    /// The head's bytes; `Content-Length: bodyLength` is added unless `headers` set a length
    /// or a transfer encoding.
    public static func render(status: Int, headers: [(String, String)], bodyLength: Int) -> [UInt8] {
        var text = "HTTP/1.1 \(status) \(reason(status))\r\n"
        let names = Set(headers.map { $0.0.lowercased() })
        for (name, value) in headers { text += "\(name): \(value)\r\n" }
        if !names.contains("content-length") && !names.contains("transfer-encoding") {
            text += "Content-Length: \(bodyLength)\r\n"
        }
        text += "\r\n"
        return Array(text.utf8)
    }

    /// The reason phrase for `status`.
    public static func reason(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 201: "Created"
        case 204: "No Content"
        case 301: "Moved Permanently"
        case 302: "Found"
        case 304: "Not Modified"
        case 307: "Temporary Redirect"
        case 308: "Permanent Redirect"
        case 400: "Bad Request"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 410: "Gone"
        case 429: "Too Many Requests"
        case 500: "Internal Server Error"
        case 502: "Bad Gateway"
        case 503: "Service Unavailable"
        default: "Status"
        }
    }
}
