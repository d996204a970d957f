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

    mutating func reset() {
        body.removeAll(keepingCapacity: true)
        headerLines.removeAll()
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

    mutating func appendHeaderLine(_ raw: UnsafeRawBufferPointer) {
        var line = String(decoding: raw, as: UTF8.self)
        while line.last?.isNewline == true { line.removeLast() } // "\r\n" is one Character
        headerLines.append(line)
    }

    /// Whether a header line may pass: a `Location` on a 3xx response whose target
    /// `redirectAllowed` refuses stops the transfer before libcurl follows it.
    mutating func admitsHeaderLine(_ line: String, currentURL: String) -> Bool {
        guard let redirectAllowed, let status = headerLines.last(where: { $0.hasPrefix("HTTP/") }),
            status.split(separator: " ").dropFirst().first?.hasPrefix("3") == true,
            line.lowercased().hasPrefix("location:")
        else { return true }
        let value = line.dropFirst("location:".count).trimmingSpaces()
        guard let target = URL(string: value, relativeTo: URL(string: currentURL))?.absoluteString else { return true }
        if redirectAllowed(target) { return true }
        refusedRedirect = target
        return false
    }

    /// The header fields of the final response: libcurl reports every response of a redirect
    /// chain (and 1xx interim ones), each starting with its status line.
    func lastResponseHeaders() -> [(name: String, value: String)] {
        let lastStart = headerLines.lastIndex { $0.hasPrefix("HTTP/") } ?? -1
        var fields: [(name: String, value: String)] = []
        for line in headerLines[(lastStart + 1)...] {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = String(line[..<colon])
            let value = line[line.index(after: colon)...].trimmingSpaces()
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
