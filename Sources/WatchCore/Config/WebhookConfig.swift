/// One webhook from the `notify:` list of sources.yaml. `url` and `secret` keep any `${VAR}` as
/// written: they are resolved when the webhook is used (`resolved(in:)`), so commands that only
/// read the state need no secret in their environment.
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
    /// Pacing (`rate:`); `nil` means the format's default (`WebhookFormat.defaultRate`).
    public var rate: DeliveryRate?
    /// How long one POST may take, connect included (`timeout:`).
    public var timeout: Duration

    /// A webhook answers in well under a second; one that takes longer is treated as down, and
    /// its lane waits no longer than this per delivery.
    public static let defaultTimeout: Duration = .seconds(10)

    public init(
        id: String, url: String, format: WebhookFormat = .json, secret: String? = nil,
        events: [EventKind] = [], match: WebhookMatch = WebhookMatch(), rate: DeliveryRate? = nil,
        timeout: Duration = WebhookConfig.defaultTimeout
    ) {
        self.id = id
        self.url = url
        self.format = format
        self.secret = secret
        self.events = events
        self.match = match
        self.rate = rate
        self.timeout = timeout
    }

    /// The pace deliveries keep: `rate:`, else the format's documented limit, else none.
    public var effectiveRate: DeliveryRate? { rate ?? format.defaultRate }

    /// The webhook with `${VAR}` in its URL and secret replaced from `environment`; throws
    /// `UnsetVariable` for the first one not set.
    public func resolved(in environment: [String: String]) throws -> WebhookConfig {
        var copy = self
        copy.url = try EnvironmentExpansion.expand(url, environment: environment) { UnsetVariable(name: $0) }
        copy.secret = try secret.map {
            try EnvironmentExpansion.expand($0, environment: environment) { UnsetVariable(name: $0) }
        }
        return copy
    }
}
