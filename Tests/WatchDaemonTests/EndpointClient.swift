import Foundation
import WatchTesting

#if canImport(Glibc)
    import Glibc
#endif

/// A raw-socket HTTP/1.1 client for the endpoint tests: one request per connection
/// (`Connection: close`), the response read to EOF; and silent connections that send nothing.
enum EndpointClient {
    struct Response {
        let status: Int
        let headers: [String: String]
        let body: String

        func header(_ name: String) -> String? { headers[name.lowercased()] }
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// A guard against a test hanging forever if the server never answers.
    static let clientTimeout: Duration = .seconds(20)

    /// A connected socket to 127.0.0.1:`port` that has sent nothing, with the client timeout.
    static func connect(port: UInt16) throws -> Int32 {
        let fd = try LoopbackClient.connect(port: port)
        var timeout = timeval(tv_sec: Int(clientTimeout.components.seconds), tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        return fd
    }

    /// Sends `method path` with `Connection: close` and reads the whole response.
    static func request(_ path: String, method: String = "GET", port: UInt16) throws -> Response {
        let fd = try connect(port: port)
        defer { close(fd) }
        let text = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
        try send(fd, Array(text.utf8))
        return try parse(readToEnd(fd))
    }

    /// Sends `GET path` on a kept-alive connection and reads exactly one response (by its
    /// Content-Length), leaving the connection open and idle on the server.
    static func requestKeepingAlive(_ path: String, on fd: Int32) throws -> Response {
        try send(fd, Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".utf8))
        var received: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        while true {
            if let response = try? parse(received), let length = response.header("Content-Length").flatMap(Int.init),
                response.body.utf8.count >= length
            {
                return response
            }
            let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { throw Failure(description: "connection ended after \(received.count) bytes") }
            received += chunk.prefix(count)
        }
    }

    static func send(_ fd: Int32, _ bytes: [UInt8]) throws {
        let sent = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        guard sent == bytes.count else { throw Failure(description: "send: errno \(errno)") }
    }

    /// Everything the server sends until it closes; throws on a reset or the client timeout.
    static func readToEnd(_ fd: Int32) throws -> [UInt8] {
        var received: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count == 0 { return received }
            guard count > 0 else {
                throw Failure(description: "recv: \(String(cString: strerror(errno))) after \(received.count) bytes")
            }
            received += chunk.prefix(count)
        }
    }

    static func parse(_ bytes: [UInt8]) throws -> Response {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let split = text.range(of: "\r\n\r\n") else {
            throw Failure(description: "no complete response head in \(bytes.count) bytes: \(text.prefix(200))")
        }
        var lines = text[..<split.lowerBound].components(separatedBy: "\r\n")
        let statusLine = lines.removeFirst().split(separator: " ")
        guard statusLine.count >= 2, let status = Int(statusLine[1]) else {
            throw Failure(description: "bad status line in \(text.prefix(200))")
        }
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(
                in: .whitespaces)
        }
        return Response(status: status, headers: headers, body: String(text[split.upperBound...]))
    }
}
