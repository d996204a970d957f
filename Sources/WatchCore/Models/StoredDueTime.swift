import Foundation

/// A source's next poll as the store keeps it, and whether it is failing: all the scheduler's
/// first plan needs of each source, read narrowly because a daemon of 10 000 sources reads it at
/// start.
public struct StoredDueTime: Sendable, Hashable {
    public let sourceID: String
    public let nextDue: Date
    /// A failing source may be due further ahead than its interval (backoff).
    public let failing: Bool

    public init(sourceID: String, nextDue: Date, failing: Bool) {
        self.sourceID = sourceID
        self.nextDue = nextDue
        self.failing = failing
    }
}
