import WatchCore

/// A loaded, validated sources.yaml: paths resolved against the file's folder, defaults applied.
public struct Config: Sendable {
    /// The file it was read from.
    public var file: String
    /// Absolute: SQLite database, lock file, archives.
    public var stateDir: String
    /// `store:`: the SQLite file in `stateDir` (the default) or a PostgreSQL database.
    public var store: StoreLocation = .sqlite
    /// Absolute: new articles land here.
    public var watchDir: String
    /// Whether every 200 response is appended to a WARC archive under the state folder.
    public var archive: Bool
    /// Requests in flight at once, over all hosts.
    public var concurrency: Int
    public var metrics: MetricsEndpoint
    /// The Atom feed's title and link (`feed:`).
    public var feed: FeedSettings = FeedSettings()
    public var sources: [SourceConfig]
    /// Webhooks as written: `${VAR}` in a URL or secret is resolved when the webhook is used.
    public var notify: [WebhookConfig]
    /// A located error for each `${VAR}` a webhook uses that the environment does not set:
    /// `check` fails on them, `run` and `fetch` warn, read-only commands do not care.
    public var unsetVariables: [ConfigError] = []
    /// Consecutive failed polls after which a source is failing: `source.failing` is sent and
    /// `/healthz` answers 503.
    public var failingAfter: Int = Config.defaultFailingAfter

    /// `failing_after` when the file does not set it.
    public static let defaultFailingAfter = 3

    /// The source with this id.
    public func source(_ id: String) -> SourceConfig? { sources.first { $0.id == id } }
}

/// Where `/metrics`, `/healthz`, `/feed.xml` and the web page are served (`metrics:` in sources.yaml).
public struct MetricsEndpoint: Sendable, Hashable {
    public var enabled: Bool
    public var host: String
    public var port: Int
    /// `expose: true`: the operator asked for a listen address beyond loopback (refused without it).
    public var expose: Bool = false

    public static let standard = MetricsEndpoint(enabled: true, host: "127.0.0.1", port: 9464)
}
