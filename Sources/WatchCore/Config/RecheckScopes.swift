/// Every configured source's `RecheckScope`, worked out once per config: a poll then gets its
/// own without walking the config, and every scope shares one array of the config's ids. Worked
/// out per poll it cost O(sources), so a cycle cost O(sources²) (BENCHMARKS.md, polling at
/// 10 000 sources).
public struct RecheckScopes: Sendable {
    private let configuredSourceIDs: [String]
    /// `host[:port]` → the id of the first configured source on that site: the one that adopts
    /// the orphans there.
    private let adopterByHost: [String: String]

    public init(_ sources: [SourceConfig]) {
        configuredSourceIDs = sources.map(\.id)
        var adopters: [String: String] = [:]
        for source in sources {
            guard let host = [SourceConfig].host(of: source.url), adopters[host] == nil else { continue }
            adopters[host] = source.id
        }
        adopterByHost = adopters
    }

    /// The recheck scope of `source`: its own sightings, plus the orphans (under ids no
    /// configured source has) on its site when it is the first configured source there.
    public func scope(for source: SourceConfig) -> RecheckScope {
        let host = [SourceConfig].host(of: source.url)
        let adopts = host.map { adopterByHost[$0] == source.id } ?? false
        return RecheckScope(
            sourceID: source.id, configuredSourceIDs: configuredSourceIDs,
            adoptedURLPrefixes: adopts ? host.map { ["http://\($0)/", "https://\($0)/"] } ?? [] : [])
    }
}
