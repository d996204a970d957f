/// A source's timing and politeness: what the defaults give most sources alike, so sources
/// share one value (`SourcePolicyPool`) instead of holding a copy each.
public struct SourcePolicy: Sendable, Hashable {
    public var interval: Duration
    /// The fraction of `interval` a poll may move either way (0.1 for `10%`).
    public var jitter: Double
    public var timeout: Duration
    public var userAgent: String
    public var perHost: PerHostPolicy
    /// Whether robots.txt is obeyed.
    public var robots: Bool
    /// How long after first sight an article is re-requested for changes.
    public var recheck: Duration
    /// An explicit proxy; `nil` for the environment's.
    public var proxy: String?
    /// Whether the source's first successful poll only records what is already listed (files
    /// and feed, no webhook), so a new source does not flood its receivers.
    public var baseline: Bool
    /// The longest wait between two attempts of a failing source, however often it failed.
    public var maxBackoff: Duration
}
