import Foundation

/// A source as the store keeps it: its id and kind, and its polling record (a failure is data
/// kept here, not an exception out of the loop).
public struct SourceStatus: Sendable, Hashable, Codable {
    public var sourceID: String
    public var kind: SourceRole
    public var nextDue: Date?
    public var consecutiveFailures: Int
    public var lastErrorKind: FetchError.Kind?
    public var lastErrorMessage: String?
    public var lastErrorAt: Date?
    public var lastSuccess: Date?
    /// Article links robots.txt made the last poll skip.
    public var robotsSkipped: Int
    /// The daemon that recorded the last poll, when the store keeps it (a shared store).
    public var lastPolledBy: String?
    /// The daemon polling the source now, and until when, when the store keeps leases (a shared
    /// store); it may have expired.
    public var lease: SourceLease?

    public init(
        sourceID: String, kind: SourceRole, nextDue: Date? = nil, consecutiveFailures: Int = 0,
        lastErrorKind: FetchError.Kind? = nil, lastErrorMessage: String? = nil, lastErrorAt: Date? = nil,
        lastSuccess: Date? = nil, robotsSkipped: Int = 0, lastPolledBy: String? = nil, lease: SourceLease? = nil
    ) {
        self.sourceID = sourceID
        self.kind = kind
        self.nextDue = nextDue
        self.consecutiveFailures = consecutiveFailures
        self.lastErrorKind = lastErrorKind
        self.lastErrorMessage = lastErrorMessage
        self.lastErrorAt = lastErrorAt
        self.lastSuccess = lastSuccess
        self.robotsSkipped = robotsSkipped
        self.lastPolledBy = lastPolledBy
        self.lease = lease
    }

    /// Whether a poll of the source was ever recorded: a shared store keeps a record from the
    /// source's first claim on, before its first poll ends.
    public var wasPolled: Bool { lastSuccess != nil || lastErrorAt != nil }
}
