import Foundation
import WatchCore

/// Reads and validates sources.yaml. Every problem is a `ConfigError` naming file:line:column.
public struct ConfigLoader: Sendable {
    /// Says why one selector of a source's `selectors:` cannot be used (`field` is `item`,
    /// `link`, `title`, `date` or `body`), or `nil` when it compiles. The selector language
    /// lives with the extractor; the command line passes its compiler in.
    public typealias SelectorCheck = @Sendable (_ selector: String, _ field: String) -> String?

    private let environment: [String: String]
    let selectorCheck: SelectorCheck?

    /// The keys each mapping accepts; anything else is an error.
    static let topKeys = [
        "state_dir", "watch_dir", "archive", "concurrency", "metrics", "feed", "defaults", "sources", "notify",
        "failing_after", "store",
    ]
    static let defaultsKeys = [
        "interval", "jitter", "timeout", "user_agent", "per_host", "robots", "recheck", "proxy",
        "baseline", "max_backoff",
    ]
    static let sourceKeys = [
        "id", "name", "kind", "url", "interval", "jitter", "timeout", "user_agent", "per_host",
        "robots", "recheck", "proxy", "encoding", "pages", "selectors", "baseline", "max_backoff",
        "list", "json",
    ]
    static let perHostKeys = ["concurrency", "delay"]
    static let selectorKeys = ["item", "link", "title", "date", "body"]
    static let metricsKeys = ["enabled", "listen", "expose"]
    /// `failing_after`: 1 alerts on the first failed poll; more than 100 would never alert.
    static let failingAfterRange: ClosedRange<Int> = 1...100
    static let feedKeys = ["title", "link"]

    /// - Parameter selectorCheck: compiles each configured selector; without it selectors are
    ///   only checked for being non-empty strings.
    public init(
        environment: [String: String] = ProcessInfo.processInfo.environment, selectorCheck: SelectorCheck? = nil
    ) {
        self.environment = environment
        self.selectorCheck = selectorCheck
    }

    /// The config file `--config` names, else `$BUREAUWATCH_CONFIG`, else `./sources.yaml`.
    public static func path(option: String?, environment: [String: String] = ProcessInfo.processInfo.environment)
        -> String
    {
        option ?? environment["BUREAUWATCH_CONFIG"] ?? "sources.yaml"
    }

    public func load(path: String) throws -> Config {
        guard let data = FileManager.default.contents(atPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            throw ConfigError(file: path, line: 0, column: 0, message: exists ? "cannot read the file" : "no such file")
        }
        let bytes = [UInt8](data)
        if let offset = TextPosition.firstInvalidUTF8(in: bytes) {
            let place = TextPosition(byteOffset: offset, in: bytes)
            throw ConfigError(
                file: path, line: place.line, column: place.column,
                message:
                    "the file is not UTF-8 text: byte 0x\(String(bytes[offset], radix: 16)) cannot start or continue a character here"
            )
        }
        return try parse(utf8: bytes, file: path)
    }

    /// Parses `text` as if read from `file` (relative paths resolve against `file`'s folder).
    public func parse(_ text: String, file: String) throws -> Config {
        try parse(utf8: Array(text.utf8), file: file)
    }

    /// Reads the document twice, keeping at most one source's nodes at a time. The first reading
    /// checks all of it (syntax, keys written twice, aliases) and keeps everything but the
    /// sources; the second turns each source into a `SourceConfig` as it is read, with the
    /// defaults known wherever they are written. Errors come in the order a whole tree would give.
    func parse(utf8 bytes: [UInt8], file: String) throws -> Config {
        var streamedSources = 0
        var outline = try YAMLComposer(utf8: bytes, file: file)
        guard let rootNode = try outline.document(streaming: "sources", into: { _, _ in streamedSources += 1 })
        else {
            throw ConfigError(
                file: file, line: 1, column: 1, message: "the file is empty; expected a mapping with 'sources'")
        }
        let root = ConfigNode(node: rootNode, file: file, path: "", environment: environment)
        let top = try root.mapping(allowed: Self.topKeys)
        let folder = URL(fileURLWithPath: file).deletingLastPathComponent()
        let defaults = try top["defaults"].map { try SourceDefaults.parse($0) } ?? SourceDefaults()
        guard let sourcesNode = top["sources"] else {
            throw root.error("the document needs a 'sources' list with at least one source")
        }
        let sources =
            streamedSources > 0
            ? try streamSources(utf8: bytes, file: file, count: streamedSources, defaults: defaults)
            : try parseSources(sourcesNode, defaults: defaults)
        let webhooks = try top["notify"].map(WebhookConfig.parseList) ?? (webhooks: [], unset: [])
        var config = Config(
            file: file,
            stateDir: try resolve(top["state_dir"], default: "state", against: folder),
            watchDir: try resolve(top["watch_dir"], default: "watch", against: folder),
            archive: try top["archive"]?.bool() ?? false,
            concurrency: try top["concurrency"]?.int(in: 1...256) ?? 8,
            metrics: try top["metrics"].map(Self.parseMetrics) ?? .standard,
            feed: try top["feed"].map(Self.parseFeed) ?? FeedSettings(),
            sources: sources,
            notify: webhooks.webhooks,
            unsetVariables: webhooks.unset,
            failingAfter: try top["failing_after"]?.int(in: Self.failingAfterRange) ?? Config.defaultFailingAfter)
        config.store = try top["store"].map(Self.parseStore) ?? .sqlite
        return config
    }

    private static func parseStore(_ node: ConfigNode) throws -> StoreLocation {
        let text = try node.rawString()
        guard let location = StoreLocation.parse(text) else {
            throw node.error("'store' must be sqlite or a postgres://user@host:5432/database URL")
        }
        return location
    }

    /// The sources of a `sources:` kept whole: an alias, a list with an anchor, or an empty list.
    private func parseSources(_ node: ConfigNode, defaults: SourceDefaults) throws -> [SourceConfig] {
        let items = try node.sequence()
        guard !items.isEmpty else { throw node.error("'sources' must list at least one source") }
        var list = SourceList(count: items.count)
        for item in items { try list.append(item, loader: self, defaults: defaults) }
        return list.sources
    }

    /// The second reading: each of the `count` sources streamed by the first, parsed as read.
    private func streamSources(utf8 bytes: [UInt8], file: String, count: Int, defaults: SourceDefaults) throws
        -> [SourceConfig]
    {
        var list = SourceList(count: count)
        var reading = try YAMLComposer(utf8: bytes, file: file)
        _ = try reading.document(streaming: "sources") { item, index in
            let node = ConfigNode(node: item, file: file, path: "sources[\(index)]", environment: environment)
            try list.append(node, loader: self, defaults: defaults)
        }
        return list.sources
    }

    private func resolve(_ node: ConfigNode?, default fallback: String, against folder: URL) throws -> String {
        let value = try node?.nonEmptyString() ?? fallback
        if value.hasPrefix("/") { return URL(fileURLWithPath: value).standardizedFileURL.path }
        return folder.appendingPathComponent(value).standardizedFileURL.path
    }

    /// `feed: { title: …, link: http(s)://… }`, both optional.
    static func parseFeed(_ node: ConfigNode) throws -> FeedSettings {
        let fields = try node.mapping(allowed: feedKeys)
        var title: String?
        if let node = fields["title"] {
            title = try node.nonEmptyString()
            if title?.contains(where: \.isNewline) == true { throw node.error("'title' in feed must be one line") }
        }
        var link: String?
        if let node = fields["link"] {
            let text = try node.nonEmptyString()
            guard let url = URL(string: text), ["http", "https"].contains(url.scheme?.lowercased() ?? ""),
                url.host?.isEmpty == false
            else {
                throw node.error("'link' in feed must be an http:// or https:// address, e.g. https://www.spb.gov.cn/")
            }
            link = text
        }
        return FeedSettings(title: title, link: link)
    }

    static func parseMetrics(_ node: ConfigNode) throws -> MetricsEndpoint {
        if case .scalar = node.node.content { // `metrics: off` / `metrics: false`
            return MetricsEndpoint(enabled: try node.bool(), host: "127.0.0.1", port: 9464, expose: false)
        }
        let fields = try node.mapping(allowed: metricsKeys)
        var endpoint = MetricsEndpoint.standard
        endpoint.enabled = try fields["enabled"]?.bool() ?? true
        endpoint.expose = try fields["expose"]?.bool() ?? false
        if let listen = fields["listen"] {
            let text = try listen.string()
            guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]),
                (0...65535).contains(port), !text[..<colon].isEmpty
            else {
                throw listen.error("'listen' in metrics must be host:port, e.g. 127.0.0.1:9464")
            }
            endpoint.host = String(text[..<colon])
            endpoint.port = port
            // The page, /metrics and /healthz have no login: reachable from other machines only on request.
            guard endpoint.expose || ListenAddress.isLoopback(endpoint.host) else {
                throw listen.error(
                    "'listen' \(text) is reachable from other machines; the web page, /metrics and /healthz have no login. Set 'expose: true' in metrics to serve them there"
                )
            }
        }
        return endpoint
    }
}
