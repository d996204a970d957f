import Foundation

/// How deliveries to one webhook stand (`notify status`): what waits, and how the last
/// attempts went. One per webhook id the outbox knows, configured or not.
public struct WebhookDeliveryStatus: Sendable, Hashable, Codable {
    public var webhookID: String
    /// Entries still waiting to be accepted.
    public var pending: Int
    /// Entries given up on (too old, or their webhook gone): `notify resend --abandoned`.
    public var abandoned: Int
    /// When the oldest waiting entry was created.
    public var oldestPending: Date?
    /// The first failed attempt since the last accepted one; `nil` while the webhook is fine.
    public var failingSince: Date?
    /// The last refusal or transfer error (with the receiver's error code when it gave one).
    public var lastError: String?
    public var lastErrorAt: Date?
    public var lastSuccess: Date?

    public init(
        webhookID: String, pending: Int = 0, abandoned: Int = 0, oldestPending: Date? = nil,
        failingSince: Date? = nil, lastError: String? = nil, lastErrorAt: Date? = nil,
        lastSuccess: Date? = nil
    ) {
        self.webhookID = webhookID
        self.pending = pending
        self.abandoned = abandoned
        self.oldestPending = oldestPending
        self.failingSince = failingSince
        self.lastError = lastError
        self.lastErrorAt = lastErrorAt
        self.lastSuccess = lastSuccess
    }
}
