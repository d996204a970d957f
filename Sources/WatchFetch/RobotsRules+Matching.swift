extension RobotsRules.Policy {
    /// Whether the policy allows `path` (the URL's percent-encoded path and query, e.g.
    /// `/news/a.html?id=3`). The longest matching pattern decides; on a tie Allow wins, and
    /// `/robots.txt` itself is always allowed.
    public func allows(path: String) -> Bool {
        let target = path.isEmpty ? "/" : path
        if target == "/robots.txt" { return true }
        var best: (length: Int, allows: Bool)?
        for rule in rules where Self.matches(pattern: rule.pattern, path: target) {
            let length = rule.pattern.utf8.count
            if best == nil || length > best!.length || (length == best!.length && rule.allows) {
                best = (length, rule.allows)
            }
        }
        return best?.allows ?? true
    }

    /// Whether `pattern` matches a prefix of `path` (or all of it, with a final `$`);
    /// `*` matches any run of octets.
    static func matches(pattern: String, path: String) -> Bool {
        var pattern = Array(pattern.utf8)
        let anchored = pattern.last == UInt8(ascii: "$")
        if anchored { pattern.removeLast() }
        let path = Array(path.utf8)
        // Positions in `path` the pattern so far can end at, kept sorted and unique.
        var ends: [Int] = [0]
        for symbol in pattern {
            if symbol == UInt8(ascii: "*") {
                guard let first = ends.first else { return false }
                ends = Array(first...path.count)
            } else {
                ends = ends.compactMap { $0 < path.count && path[$0] == symbol ? $0 + 1 : nil }
            }
            if ends.isEmpty { return false }
        }
        return anchored ? ends.contains(path.count) : true
    }
}
