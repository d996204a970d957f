/// Gives sources with equal policies one shared value: a config of 10 000 sources made from the
/// same defaults then holds a few policies, not 10 000 copies of 144 bytes.
public struct SourcePolicyPool: Sendable {
    private var shared: [SourcePolicy: Boxed<SourcePolicy>] = [:]

    public init() {}

    /// Points `source` at the pool's value equal to its policy, or adds its policy to the pool.
    public mutating func share(_ source: inout SourceConfig) {
        if let box = shared[source.policy] {
            source.policyBox = box
        } else {
            shared[source.policy] = source.policyBox
        }
    }
}
