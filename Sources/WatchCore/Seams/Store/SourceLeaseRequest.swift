import Foundation

/// One source a daemon wants to poll now, and when its lease runs out if the daemon dies
/// before it records the poll (`SourceLease.expiry`).
public struct SourceLeaseRequest: Sendable, Hashable {
    public var sourceID: String
    public var kind: SourceRole
    public var expiresAt: Date

    public init(sourceID: String, kind: SourceRole, expiresAt: Date) {
        self.sourceID = sourceID
        self.kind = kind
        self.expiresAt = expiresAt
    }
}
