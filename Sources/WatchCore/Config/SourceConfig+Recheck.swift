import Foundation

extension Array where Element == SourceConfig {
    /// The recheck scope of `source` in this config: its own sightings, plus the orphans (under
    /// ids no configured source has) on its site when it is the first configured source there.
    public func recheckScope(for source: SourceConfig) -> RecheckScope {
        let host = Self.host(of: source.url)
        let adopter = host.flatMap { host in first { Self.host(of: $0.url) == host } }
        let prefixes = host.map { ["http://\($0)/", "https://\($0)/"] } ?? []
        return RecheckScope(
            sourceID: source.id, configuredSourceIDs: map(\.id),
            adoptedURLPrefixes: adopter?.id == source.id ? prefixes : [])
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
