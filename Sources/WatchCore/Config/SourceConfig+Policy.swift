extension SourceConfig {
    /// The shared timing and politeness; setting it (or one of its parts) gives this source a
    /// value of its own.
    public var policy: SourcePolicy {
        get { policyBox.value }
        set { policyBox = Boxed(newValue) }
    }

    public var interval: Duration {
        get { policy.interval }
        set { policy.interval = newValue }
    }

    /// The fraction of `interval` a poll may move either way (0.1 for `10%`).
    public var jitter: Double {
        get { policy.jitter }
        set { policy.jitter = newValue }
    }

    public var timeout: Duration {
        get { policy.timeout }
        set { policy.timeout = newValue }
    }

    public var userAgent: String {
        get { policy.userAgent }
        set { policy.userAgent = newValue }
    }

    public var perHost: PerHostPolicy {
        get { policy.perHost }
        set { policy.perHost = newValue }
    }

    /// Whether robots.txt is obeyed.
    public var robots: Bool {
        get { policy.robots }
        set { policy.robots = newValue }
    }

    /// How long after first sight an article is re-requested for changes.
    public var recheck: Duration {
        get { policy.recheck }
        set { policy.recheck = newValue }
    }

    /// An explicit proxy; `nil` for the environment's.
    public var proxy: String? {
        get { policy.proxy }
        set { policy.proxy = newValue }
    }

    /// Whether the source's first successful poll only records what is already listed (files
    /// and feed, no webhook), so a new source does not flood its receivers.
    public var baseline: Bool {
        get { policy.baseline }
        set { policy.baseline = newValue }
    }

    /// The longest wait between two attempts of a failing source, however often it failed.
    public var maxBackoff: Duration {
        get { policy.maxBackoff }
        set { policy.maxBackoff = newValue }
    }
}

extension SourceConfig {
    /// Whether both hold the same policy value, not merely equal ones (what `SourcePolicyPool`
    /// arranges).
    public func sharesPolicy(with other: SourceConfig) -> Bool { policyBox === other.policyBox }
}
