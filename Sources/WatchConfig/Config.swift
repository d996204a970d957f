import WatchCore

/// A loaded, validated sources.yaml: paths resolved against the file's folder, defaults applied.
public struct Config: Sendable {
    /// The file it was read from.
    public var file: String
    /// Absolute: SQLite database, lock file, archives.
    public var stateDir: String
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
    public var notify: [WebhookConfig]

    /// The source with this id.
    public func source(_ id: String) -> SourceConfig? { sources.first { $0.id == id } }
}

/// Where `/metrics` and `/healthz` are served (`metrics:` in sources.yaml).
public struct MetricsEndpoint: Sendable, Hashable {
    public var enabled: Bool
    public var host: String
    public var port: Int

    public static let standard = MetricsEndpoint(enabled: true, host: "127.0.0.1", port: 9464)
}
