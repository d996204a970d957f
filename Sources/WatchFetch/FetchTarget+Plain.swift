/// A plain URL taken apart by hand: `http` or `https`, a host of ASCII letters, digits, dots and
/// hyphens, an optional port, and a path, query and fragment written only with the characters
/// RFC 3986 allows there (percent escapes included). Such a URL is exactly what `URLComponents`
/// gives back unchanged, so both ways agree on it (`FetchTargetTests`); anything else is `nil`
/// and goes to `URLComponents`.
extension FetchTarget {
    static func plain(_ url: String) -> FetchTarget? {
        var url = url
        return url.withUTF8 { bytes in
            var reader = PlainURL(bytes: bytes)
            return reader.target()
        }
    }
}

/// One pass over a URL's bytes (`FetchTarget.plain`).
private struct PlainURL {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    mutating func target() -> FetchTarget? {
        guard let scheme = scheme(), let host = host() else { return nil }
        var port: Int?
        if next == UInt8(ascii: ":") {
            index += 1
            guard let number = portNumber() else { return nil }
            port = number
        }
        guard next == nil || next == UInt8(ascii: "/") || next == UInt8(ascii: "?") || next == UInt8(ascii: "#"),
            let path = run(allowing: Self.isPathByte, until: [UInt8(ascii: "?"), UInt8(ascii: "#")])
        else { return nil }
        var query: String?
        if next == UInt8(ascii: "?") {
            index += 1
            guard let text = run(allowing: Self.isQueryByte, until: [UInt8(ascii: "#")]) else { return nil }
            query = text
        }
        if next == UInt8(ascii: "#") {
            index += 1
            guard run(allowing: Self.isQueryByte, until: []) != nil else { return nil }
        }
        return FetchTarget(plainScheme: scheme, host: host, port: port, path: path, query: query)
    }

    private var next: UInt8? { index < bytes.count ? bytes[index] : nil }

    /// `http` or `https`, in any case, and the `://` after it.
    private mutating func scheme() -> String? {
        for scheme in ["http", "https"] {
            let head = Array((scheme + "://").utf8)
            guard bytes.count >= head.count,
                zip(bytes.prefix(head.count), head).allSatisfy({ Self.lowercased($0) == $1 })
            else { continue }
            index = head.count
            return scheme
        }
        return nil
    }

    /// A non-empty host of letters, digits, dots and hyphens, lowercased.
    private mutating func host() -> String? {
        let start = index
        while let byte = next, Self.isHostByte(byte) { index += 1 }
        guard index > start else { return nil }
        return String(decoding: bytes[start..<index].lazy.map(Self.lowercased), as: UTF8.self)
    }

    /// One to five digits, at most 65535.
    private mutating func portNumber() -> Int? {
        let start = index
        var value = 0
        while let byte = next, Self.isDigit(byte), index - start < 5 {
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
            index += 1
        }
        return index > start && value <= 65_535 ? value : nil
    }

    /// The bytes up to one of `ends` (or the end), each allowed and every `%` an escape.
    private mutating func run(allowing allowed: (UInt8) -> Bool, until ends: [UInt8]) -> String? {
        let start = index
        while let byte = next, !ends.contains(byte) {
            if byte == UInt8(ascii: "%") {
                guard index + 2 < bytes.count, Self.isHex(bytes[index + 1]), Self.isHex(bytes[index + 2]) else {
                    return nil
                }
                index += 3
                continue
            }
            guard allowed(byte) else { return nil }
            index += 1
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    private static func isHex(_ byte: UInt8) -> Bool {
        isDigit(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(lowercased(byte))
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(lowercased(byte))
    }

    private static func isHostByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || isDigit(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
    }

    /// RFC 3986's `pchar` and `/`, but for `%`, which `run` checks as an escape.
    private static func isPathByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "!"),
            UInt8(ascii: "$"), UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: ")"),
            UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "="),
            UInt8(ascii: ":"), UInt8(ascii: "@"), UInt8(ascii: "/"):
            true
        default:
            false
        }
    }

    /// A query's and a fragment's characters: a path's and `?`.
    private static func isQueryByte(_ byte: UInt8) -> Bool {
        isPathByte(byte) || byte == UInt8(ascii: "?")
    }
}
