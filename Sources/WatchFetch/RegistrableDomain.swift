import Foundation

/// The part of a host name one registrant owns (`www.spb.gov.cn` and `sh.spb.gov.cn` are both
/// `spb.gov.cn`): what "the same site" means for redirects and script stubs.
///
/// Not the full Public Suffix List: China's second-level suffixes (`gov.cn`, `com.cn`, …, and
/// the provinces' `bj.cn`-style ones are rare enough to leave out) take three labels, every
/// other name its last two. An IP address or a one-label host is its own site.
public enum RegistrableDomain {
    /// Second-level labels under a country code that are public suffixes themselves.
    static let secondLevelSuffixes: Set<String> = ["gov", "com", "org", "net", "edu", "ac", "mil"]

    /// The registrable domain of `host` (lowercased, port and trailing dot removed).
    public static func of(host: String) -> String {
        var name = host.lowercased()
        if name.hasSuffix(".") { name.removeLast() }
        let labels = name.split(separator: ".").map(String.init)
        // An IPv4 address or a single label: nothing to strip.
        guard labels.count > 2, !labels.allSatisfy({ Int($0) != nil }), !name.contains(":") else { return name }
        let last = labels[labels.count - 1]
        let second = labels[labels.count - 2]
        let keep = last.count == 2 && secondLevelSuffixes.contains(second) ? 3 : 2
        return labels.suffix(keep).joined(separator: ".")
    }

    /// The registrable domain of `url`'s host, or `nil` when it has none.
    /// Read by hand rather than by `URLComponents`, which refuses a JSON source's `{page}`.
    public static func of(url: String) -> String? {
        guard let schemeEnd = url.range(of: "://") else { return nil }
        var authority = url[schemeEnd.upperBound...].prefix { !"/?#".contains($0) }
        if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
        var host =
            authority.hasPrefix("[")
            ? authority.prefix { $0 != "]" }.dropFirst()
            : authority.prefix { $0 != ":" }
        if host.hasSuffix(".") { host = host.dropLast() }
        return host.isEmpty ? nil : of(host: String(host))
    }

    /// Whether `url` and `other` belong to the same site (both have hosts with one
    /// registrable domain).
    public static func sameSite(_ url: String, _ other: String) -> Bool {
        guard let first = of(url: url), let second = of(url: other) else { return false }
        return first == second
    }
}
