import Foundation

/// One pending webhook delivery: an (event, webhook) pair waiting for a 2xx answer.
public struct OutboxEntry: Sendable, Hashable, Codable {
    /// Stable across retries: sent as `X-Bureauwatch-Delivery`.
    public var deliveryID: String
    public var event: EventKind
    /// The webhook's id from sources.yaml.
    public var webhookID: String
    /// The event's JSON document (the `json` format body); other formats are rendered from it.
    public var payload: [UInt8]
    public var attempts: Int
    public var createdAt: Date
    public var nextAttemptAt: Date
    public var lastError: String?

    public init(
        deliveryID: String, event: EventKind, webhookID: String, payload: [UInt8], attempts: Int = 0,
        createdAt: Date, nextAttemptAt: Date, lastError: String? = nil
    ) {
        self.deliveryID = deliveryID
        self.event = event
        self.webhookID = webhookID
        self.payload = payload
        self.attempts = attempts
        self.createdAt = createdAt
        self.nextAttemptAt = nextAttemptAt
        self.lastError = lastError
    }
}
