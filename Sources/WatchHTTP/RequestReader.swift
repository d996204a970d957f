import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Reads HTTP/1.1 requests (head plus a `Content-Length` body) from one connection, within
/// size limits so a hostile client cannot make the server buffer without end.
public struct RequestReader {
    public let fd: Int32
    private let maxHeadBytes: Int
    private let maxBodyBytes: Int
    private var buffer: [UInt8] = []

    /// Default cap on a request head: far above any real client's, small enough to hold.
    public static let defaultMaxHeadBytes = 64 * 1024

    /// Heads over `maxHeadBytes` and bodies over `maxBodyBytes` end the connection.
    public init(fd: Int32, maxHeadBytes: Int = defaultMaxHeadBytes, maxBodyBytes: Int = .max) {
        self.fd = fd
        self.maxHeadBytes = maxHeadBytes
        self.maxBodyBytes = maxBodyBytes
    }

    /// The next request, or `nil` when the client closed, went silent past the socket's
    /// receive timeout, sent something unreadable or passed a limit.
    public mutating func next() -> IncomingRequest? {
        guard let headEnd = readUntilHeadEnd() else { return nil }
        let headText = String(decoding: buffer[..<headEnd], as: UTF8.self)
        buffer.removeFirst(headEnd + 4)
        let receivedAt = ContinuousClock.now
        var lines = headText.components(separatedBy: "\r\n")
        let requestLine = lines.removeFirst().split(separator: " ")
        guard requestLine.count >= 2 else { return nil }
        let headers = lines.compactMap(Self.headerField)
        let length = headers.first { $0.name.lowercased() == "content-length" }.flatMap { Int($0.value) } ?? 0
        guard length >= 0, length <= maxBodyBytes, let body = readBody(length) else { return nil }
        return IncomingRequest(
            method: String(requestLine[0]), path: String(requestLine[1]),
            headers: headers, body: body, receivedAt: receivedAt)
    }

    private static func headerField(_ line: String) -> (name: String, value: String)? {
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let value = line[line.index(after: colon)...].drop { $0 == " " }
        return (String(line[..<colon]), String(value))
    }

    private mutating func readUntilHeadEnd() -> Int? {
        var searched = 0
        while true {
            // Only the new bytes (and the three before them) can complete the terminator.
            if let end = Self.find([13, 10, 13, 10], in: buffer, from: max(0, searched - 3)) {
                return end <= maxHeadBytes ? end : nil
            }
            searched = buffer.count
            guard buffer.count < maxHeadBytes, fill() else { return nil }
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

    /// One `recv`; `false` on close, error or receive timeout.
    private mutating func fill() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return false }
            buffer.append(contentsOf: chunk.prefix(count))
            return true
        }
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from first: Int) -> Int? {
        guard haystack.count - first >= needle.count else { return nil }
        for start in first...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if Array(haystack[start..<(start + needle.count)]) == needle { return start }
        }
        return nil
    }
}
