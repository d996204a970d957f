extension RobotsRules {
    /// Parses robots.txt text. Unknown lines and rules before the first `User-agent` are
    /// ignored, as RFC 9309 asks: a sloppy file must not make the whole file unusable.
    public init(parsing text: String) {
        var groups: [Group] = []
        var current = Group()
        var lastWasAgent = false
        for rawLine in text.split(whereSeparator: \.isNewline) {
            guard let field = Self.field(rawLine) else { continue }
            let (key, value) = field
            switch key {
            case "user-agent":
                if !lastWasAgent && !current.agents.isEmpty {
                    groups.append(current)
                    current = Group()
                }
                current.agents.append(Self.productToken(value))
                lastWasAgent = true
                continue
            case "allow", "disallow":
                // An empty pattern matches nothing (`Disallow:` means allow all).
                if !current.agents.isEmpty && !value.isEmpty {
                    current.rules.append(Rule(allows: key == "allow", pattern: Self.encodePattern(value)))
                }
            case "crawl-delay":
                if let seconds = Double(value), seconds >= 0, seconds.isFinite, !current.agents.isEmpty {
                    current.crawlDelay = .milliseconds(Int64(min(seconds, 86_400) * 1000))
                }
            default:
                break
            }
            lastWasAgent = false
        }
        if !current.agents.isEmpty { groups.append(current) }
        self.groups = groups
    }

    /// `Key: value` with the comment cut off; the key lowercased; `nil` for other lines.
    private static func field(_ line: Substring) -> (String, String)? {
        let content = line.prefix { $0 != "#" }
        guard let colon = content.firstIndex(of: ":") else { return nil }
        let key = content[..<colon].trimmed(of: " \t").lowercased()
        let value = content[content.index(after: colon)...].trimmed(of: " \t")
        return key.isEmpty ? nil : (key, value)
    }

    /// Percent-encodes the octets of non-ASCII characters, so a pattern written in UTF-8
    /// compares with the encoded paths of URLs.
    static func encodePattern(_ pattern: String) -> String {
        var encoded = ""
        for byte in pattern.utf8 {
            if byte < 0x80 {
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                encoded += "%" + String(byte, radix: 16, uppercase: true)
            }
        }
        return encoded
    }
}

extension Substring {
    fileprivate func trimmed(of set: String) -> String {
        var slice = self
        while let first = slice.first, set.contains(first) { slice.removeFirst() }
        while let last = slice.last, set.contains(last) { slice.removeLast() }
        return String(slice)
    }
}
