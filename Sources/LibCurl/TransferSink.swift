import Foundation

/// Collects what libcurl's callbacks hand over during one transfer.
struct TransferSink {
    var body: [UInt8] = []
    var headerLines: [String] = []
    var bodyLimit: Int?
    var exceededLimit = false
    /// Keep what fits under `bodyLimit` instead of failing the transfer.
    var truncatesAtLimit = false
    var shouldAbort: (() -> Bool)?
    /// Judges each redirect target before libcurl follows it.
    var redirectAllowed: ((String) -> Bool)?
    /// The target of a redirect `redirectAllowed` refused (the transfer stopped there).
    var refusedRedirect: String?
    /// The status code of the response whose header lines are arriving (0 before its status line).
    private(set) var currentStatus = 0

    mutating func reset() {
        body.removeAll(keepingCapacity: true)
        headerLines.removeAll()
        currentStatus = 0
        exceededLimit = false
        refusedRedirect = nil
    }

    /// Appends a chunk; `false` when it would pass the size limit (the transfer then stops).
    mutating func appendBody(_ chunk: UnsafeRawBufferPointer) -> Bool {
        if let bodyLimit, body.count + chunk.count > bodyLimit {
            exceededLimit = true
            if truncatesAtLimit { body.append(contentsOf: chunk.prefix(bodyLimit - body.count)) }
            return false
        }
        body.append(contentsOf: chunk)
        return true
    }

    // Header lines are read as bytes: this runs on the transfer thread for every line of every
    // response, and splitting and lowercasing Strings here was a fifth of that thread's time.

    mutating func appendHeaderLine(_ raw: UnsafeRawBufferPointer) {
        var end = raw.count
        // Line ends and the other ASCII line breaks (vertical tab, form feed), as before.
        while end > 0, [0x0A, 0x0B, 0x0C, 0x0D].contains(raw[end - 1]) { end -= 1 }
        let line = String(decoding: UnsafeRawBufferPointer(rebasing: raw[..<end]), as: UTF8.self)
        if line.utf8.starts(with: "HTTP/".utf8) { currentStatus = Self.statusCode(of: line) }
        headerLines.append(line)
    }

    /// The three digits after a status line's first space ("HTTP/1.1 302 Found"); 0 if none.
    static func statusCode(of statusLine: String) -> Int {
        let bytes = statusLine.utf8.drop { $0 != UInt8(ascii: " ") }.dropFirst().prefix(3)
        guard bytes.count == 3, bytes.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else {
            return 0
        }
        return bytes.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    }

    /// Whether `line` is a `Location:` field, in any case.
    static func isLocation(_ line: String) -> Bool {
        let name = "location:".utf8
        let head = line.utf8.prefix(name.count)
        return head.count == name.count
            && zip(head, name).allSatisfy { byte, wanted in
                byte == wanted || (wanted >= UInt8(ascii: "a") && byte == wanted - 32)
            }
    }

    /// Whether a header line may pass: a `Location` on a 3xx response whose target
    /// `redirectAllowed` refuses stops the transfer before libcurl follows it.
    mutating func admitsHeaderLine(_ line: String, currentURL: String) -> Bool {
        guard let redirectAllowed, (300..<400).contains(currentStatus), Self.isLocation(line) else { return true }
        let value = line.dropFirst("location:".count).trimmingSpaces()
        guard let target = URL(string: value, relativeTo: URL(string: currentURL))?.absoluteString else { return true }
        if redirectAllowed(target) { return true }
        refusedRedirect = target
        return false
    }

    /// The header fields of the final response: libcurl reports every response of a redirect
    /// chain (and 1xx interim ones), each starting with its status line.
    func lastResponseHeaders() -> [(name: String, value: String)] {
        let lastStart = headerLines.lastIndex { $0.utf8.starts(with: "HTTP/".utf8) } ?? -1
        var fields: [(name: String, value: String)] = []
        for line in headerLines[(lastStart + 1)...] {
            guard let colon = line.utf8.firstIndex(of: UInt8(ascii: ":")) else { continue }
            let name = String(line[..<colon])
            let value = line[line.utf8.index(after: colon)...].trimmingSpaces()
            fields.append((name, value))
        }
        return fields
    }
}

extension Substring {
    func trimmingSpaces() -> String {
        var slice = self[...]
        while slice.first == " " || slice.first == "\t" { slice.removeFirst() }
        while slice.last == " " || slice.last == "\t" { slice.removeLast() }
        return String(slice)
    }
}
