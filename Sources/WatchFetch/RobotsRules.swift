/// A parsed robots.txt (RFC 9309): groups of user-agents with their Allow/Disallow rules,
/// plus the non-standard but common `Crawl-delay`.
public struct RobotsRules: Sendable, Hashable {
    /// One `Allow` or `Disallow` line. `pattern` is percent-encoded and may use `*` (any run of
    /// characters) and a final `$` (end of the path).
    public struct Rule: Sendable, Hashable {
        public var allows: Bool
        public var pattern: String
    }

    /// The lines that follow one or more `User-agent` lines.
    struct Group: Sendable, Hashable {
        /// Lowercased product tokens, `*` included.
        var agents: [String] = []
        var rules: [Rule] = []
        var crawlDelay: Duration?
    }

    var groups: [Group]

    /// What robots.txt says to one crawler: its rules and its delay.
    public struct Policy: Sendable, Hashable {
        public var rules: [Rule]
        public var crawlDelay: Duration?

        /// No rules: everything allowed.
        public static let allowAll = Policy(rules: [], crawlDelay: nil)
    }

    /// The policy for `userAgent` (e.g. `bureauwatch/0.1`): the groups naming its product
    /// token (case-insensitive), merged; else the `*` groups, merged; else allow all.
    public func policy(for userAgent: String) -> Policy {
        let token = Self.productToken(userAgent)
        var chosen = groups.filter { $0.agents.contains(token) }
        if chosen.isEmpty { chosen = groups.filter { $0.agents.contains("*") } }
        let delays = chosen.compactMap(\.crawlDelay)
        return Policy(rules: chosen.flatMap(\.rules), crawlDelay: delays.max())
    }

    /// The leading name of a user-agent string or `User-agent` value, lowercased:
    /// `bureauwatch/0.1 (+https://…)` → `bureauwatch`.
    static func productToken(_ text: String) -> String {
        let trimmed = text.drop { $0 == " " || $0 == "\t" }
        if trimmed.first == "*" { return "*" }
        let name = trimmed.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        return name.lowercased()
    }
}
