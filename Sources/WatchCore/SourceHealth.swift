import Foundation

/// How a source has been doing across polls, kept as data on the source (never an exception out
/// of the loop): consecutive failures, the last error, the last success and when to try next.
public struct SourceHealth: Sendable, Hashable, Codable {
    /// Failed polls since the last success.
    public var consecutiveFailures: Int
    public var lastErrorKind: FetchError.Kind?
    public var lastErrorMessage: String?
    public var lastErrorAt: Date?
    public var lastSuccessAt: Date?
    /// When the source may be polled next; `nil` means now.
    public var nextAttemptAt: Date?

    public init(consecutiveFailures: Int = 0, lastErrorKind: FetchError.Kind? = nil,
                lastErrorMessage: String? = nil, lastErrorAt: Date? = nil, lastSuccessAt: Date? = nil,
                nextAttemptAt: Date? = nil) {
        self.consecutiveFailures = consecutiveFailures
        self.lastErrorKind = lastErrorKind
        self.lastErrorMessage = lastErrorMessage
        self.lastErrorAt = lastErrorAt
        self.lastSuccessAt = lastSuccessAt
        self.nextAttemptAt = nextAttemptAt
    }

    /// Whether the source may be polled at `now`.
    public func isDue(at now: Date) -> Bool {
        guard let nextAttemptAt else { return true }
        return nextAttemptAt <= now
    }

    /// Whether the source is failing (its last poll failed).
    public var isFailing: Bool { consecutiveFailures > 0 }
}
