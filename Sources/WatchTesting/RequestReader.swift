#if canImport(Glibc)
import Glibc
#endif

/// Reads HTTP/1.1 requests (head plus a `Content-Length` body) from one connection.
struct RequestReader {
    let fd: Int32
    private var buffer: [UInt8] = []
    /// Heads larger than this are refused (the connection is dropped).
    private static let maxHeadBytes = 64 * 1024

    init(fd: Int32) { self.fd = fd }

    /// The next request, or `nil` when the client closed or sent something unreadable.
    mutating func next() -> RecordedRequest? {
        guard let headEnd = readUntilHeadEnd() else { return nil }
        let headText = String(decoding: buffer[..<headEnd], as: UTF8.self)
        buffer.removeFirst(headEnd + 4)
        let receivedAt = ContinuousClock.now
        var lines = headText.components(separatedBy: "\r\n")
        let requestLine = lines.removeFirst().split(separator: " ")
        guard requestLine.count >= 2 else { return nil }
        let headers = lines.compactMap(Self.headerField)
        let length = headers.first { $0.name.lowercased() == "content-length" }.flatMap { Int($0.value) } ?? 0
        guard let body = readBody(length) else { return nil }
        return RecordedRequest(method: String(requestLine[0]), path: String(requestLine[1]),
                               headers: headers, body: body, receivedAt: receivedAt)
    }

    private static func headerField(_ line: String) -> (name: String, value: String)? {
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let value = line[line.index(after: colon)...].drop { $0 == " " }
        return (String(line[..<colon]), String(value))
    }

    private mutating func readUntilHeadEnd() -> Int? {
        while true {
            if let end = Self.find([13, 10, 13, 10], in: buffer) { return end }
            guard buffer.count < Self.maxHeadBytes, fill() else { return nil }
        }
    }

    private mutating func readBody(_ length: Int) -> [UInt8]? {
        while buffer.count < length {
            guard fill() else { return nil }
        }
        let body = Array(buffer.prefix(length))
        buffer.removeFirst(length)
        return body
    }

    private mutating func fill() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return false }
        buffer.append(contentsOf: chunk.prefix(count))
        return true
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if Array(haystack[start..<(start + needle.count)]) == needle { return start }
        }
        return nil
    }
}
