extension SourceConfig {
    // Inlinable, so that `source.interval` in another module reads the field directly: out of
    // line, each read went through the runtime's key-path projection (about 1.5 % of a daemon's
    // samples in perf).

    /// The shared timing and politeness; setting it (or one of its parts) gives this source a
    /// value of its own.
    @inlinable public var policy: SourcePolicy {
        get { policyBox.value }
        set { policyBox = Boxed(newValue) }
    }

    /// The policy's parts read and set as the source's own (`source.interval`), documented on
    /// `SourcePolicy`.
    @inlinable public subscript<Value>(dynamicMember part: WritableKeyPath<SourcePolicy, Value>) -> Value {
        get { policyBox.value[keyPath: part] }
        set { policy[keyPath: part] = newValue }
    }

    /// Whether both hold the same policy value, not merely equal ones (what `SourcePolicyPool`
    /// arranges).
    public func sharesPolicy(with other: SourceConfig) -> Bool { policyBox === other.policyBox }
}
