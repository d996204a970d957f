import Foundation

/// One source a daemon wants to poll now, and when its lease runs out if the daemon dies
/// before it records the poll (`SourceLease.expiry`).
public struct SourceLeaseRequest: Sendable, Hashable {
    public var sourceID: String
    public var kind: SourceRole
    public var expiresAt: Date
    /// The source's first list page, when the claim is for a poll: the claim then reads the
    /// poll's start with it (`SourceLeaseStore.claimPolls`).
    public var listURL: String?
    /// For a poll's claim: the claim also reads the source's own sightings first seen since
    /// then that are due for a recheck (`PollStart.recheckTargets`), saving the poll a statement.
    public var recheckSince: Date?

    public init(
        sourceID: String, kind: SourceRole, expiresAt: Date, listURL: String? = nil, recheckSince: Date? = nil
    ) {
        self.sourceID = sourceID
        self.kind = kind
        self.expiresAt = expiresAt
        self.listURL = listURL
        self.recheckSince = recheckSince
    }
}
