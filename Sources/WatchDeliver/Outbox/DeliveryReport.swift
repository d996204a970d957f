/// What a drain of the outbox did (and, summed, what the worker has done since it started).
public struct DeliveryReport: Sendable, Hashable {
    /// Answered 2xx and left the outbox.
    public var delivered = 0
    /// Failed and scheduled again.
    public var retried = 0
    /// Failed for good (too old, webhook gone, unreadable payload).
    public var abandoned = 0

    public init(delivered: Int = 0, retried: Int = 0, abandoned: Int = 0) {
        self.delivered = delivered
        self.retried = retried
        self.abandoned = abandoned
    }

    static func + (lhs: DeliveryReport, rhs: DeliveryReport) -> DeliveryReport {
        DeliveryReport(
            delivered: lhs.delivered + rhs.delivered, retried: lhs.retried + rhs.retried,
            abandoned: lhs.abandoned + rhs.abandoned)
    }
}
