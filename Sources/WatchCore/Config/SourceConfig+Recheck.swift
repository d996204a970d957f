import Foundation

extension Array where Element == SourceConfig {
    /// The recheck scope of `source` in this config (`RecheckScopes`, which a caller asking for
    /// many keeps).
    public func recheckScope(for source: SourceConfig) -> RecheckScope {
        RecheckScopes(self).scope(for: source)
    }

    /// The ids in `stored` (sources that stored articles) that no configured source has any more.
    public func missingSourceIDs(_ stored: [String]) -> [String] {
        let configured = Set(map(\.id))
        return stored.filter { !configured.contains($0) }
    }

    /// `host[:port]` of a URL, lower-cased.
    static func host(of url: String) -> String? {
        guard let components = URLComponents(string: url), let host = components.host?.lowercased(), !host.isEmpty
        else { return nil }
        return components.port.map { "\(host):\($0)" } ?? host
    }
}
