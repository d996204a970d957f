import WatchCore

/// The sources parsed so far, in the order written, with the ids taken.
struct SourceList {
    private(set) var sources: [SourceConfig] = []
    private var ids: Set<String> = []
    private var policies = SourcePolicyPool()

    init(count: Int) {
        sources.reserveCapacity(count)
        ids.reserveCapacity(count)
    }

    /// Parses one item of `sources:`; an id already taken is an error at the item.
    mutating func append(_ item: ConfigNode, loader: ConfigLoader, defaults: SourceDefaults) throws {
        var source = try SourceConfig.parse(item, defaults: defaults)
        try loader.checkSelectors(of: item)
        guard ids.insert(source.id).inserted else {
            throw item.error("source id '\(source.id)' is used twice; ids must be unique")
        }
        policies.share(&source)
        sources.append(source)
    }
}
