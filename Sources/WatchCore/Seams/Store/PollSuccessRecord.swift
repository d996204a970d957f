import Foundation

/// A poll that succeeded, as `Store.recordPollSuccess` keeps it: a daemon hands it to the claim
/// of its next source (`Store.claimPolls(_:now:dueOnly:recording:)`), which on a shared store
/// writes both in one round trip.
public struct PollSuccessRecord: Sendable, Hashable {
    public var sourceID: String
    public var kind: SourceRole
    /// When the poll ended.
    public var at: Date
    public var nextDue: Date

    public init(sourceID: String, kind: SourceRole, at: Date, nextDue: Date) {
        self.sourceID = sourceID
        self.kind = kind
        self.at = at
        self.nextDue = nextDue
    }
}
