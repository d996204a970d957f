import WatchCore

/// The `defaults:` block: values every source takes unless it sets its own.
struct SourceDefaults {
    var interval: Duration = .seconds(1800)
    var jitter = 0.1
    var timeout: Duration = .seconds(20)
    var userAgent = "bureauwatch/0.1"
    var perHost = PerHostPolicy()
    var robots = true
    var recheck: Duration = .seconds(7 * 86_400)
    var proxy: String?
    var baseline = true
    var maxBackoff: Duration = .seconds(3600)

    /// Bounds, in seconds, of what the config accepts. A poll more often than every 30 s is not
    /// polite to a government site; a timeout beyond 10 min hides a dead host.
    static let intervalRange: ClosedRange<Double> = 30...(7 * 86_400)
    static let timeoutRange: ClosedRange<Double> = 1...600
    static let delayRange: ClosedRange<Double> = 0...600
    static let recheckRange: ClosedRange<Double> = 0...(90 * 86_400)
    /// A backoff cap under 30 s would hammer a failing host; over a week, a recovered bureau
    /// would go unread for too long.
    static let maxBackoffRange: ClosedRange<Double> = 30...(7 * 86_400)

    static func parse(_ node: ConfigNode) throws -> SourceDefaults {
        let fields = try node.mapping(allowed: ConfigLoader.defaultsKeys)
        var defaults = SourceDefaults()
        try defaults.apply(fields)
        return defaults
    }

    /// Overrides these values with the ones present in `fields` (defaults, or a source's own).
    mutating func apply(_ fields: [String: ConfigNode]) throws {
        if let node = fields["interval"] { interval = try node.duration(in: Self.intervalRange) }
        if let node = fields["jitter"] { jitter = try node.fraction() }
        if let node = fields["timeout"] { timeout = try node.duration(in: Self.timeoutRange) }
        if let node = fields["user_agent"] { userAgent = try node.nonEmptyString() }
        if let node = fields["per_host"] { perHost = try Self.parsePerHost(node, base: perHost) }
        if let node = fields["robots"] { robots = try node.bool() }
        if let node = fields["recheck"] { recheck = try node.duration(in: Self.recheckRange) }
        if let node = fields["proxy"] { proxy = try node.nonEmptyString() }
        if let node = fields["baseline"] { baseline = try node.bool() }
        if let node = fields["max_backoff"] { maxBackoff = try node.duration(in: Self.maxBackoffRange) }
    }

    static func parsePerHost(_ node: ConfigNode, base: PerHostPolicy) throws -> PerHostPolicy {
        let fields = try node.mapping(allowed: ConfigLoader.perHostKeys)
        var policy = base
        if let value = fields["concurrency"] { policy.concurrency = try value.int(in: 1...16) }
        if let value = fields["delay"] { policy.delay = try value.duration(in: delayRange) }
        return policy
    }
}
