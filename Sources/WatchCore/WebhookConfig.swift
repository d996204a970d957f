/// One webhook from the `notify:` list of sources.yaml, with `${VAR}` already expanded.
public struct WebhookConfig: Sendable, Hashable, Codable {
    /// Unique among the webhooks; kept on each outbox entry.
    public var id: String
    public var url: String
    public var format: WebhookFormat
    /// Signing secret; `nil` sends unsigned.
    public var secret: String?
    /// The events it receives; empty means every event.
    public var events: [EventKind]
    public var match: WebhookMatch

    public init(id: String, url: String, format: WebhookFormat = .json, secret: String? = nil,
                events: [EventKind] = [], match: WebhookMatch = WebhookMatch()) {
        self.id = id
        self.url = url
        self.format = format
        self.secret = secret
        self.events = events
        self.match = match
    }
}
