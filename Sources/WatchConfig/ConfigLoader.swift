import Foundation
import WatchCore
import Yams

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
        let text = String(decoding: bytes, as: UTF8.self)
        return try parse(text, file: path)
    }

    /// Parses `text` as if read from `file` (relative paths resolve against `file`'s folder).
    public func parse(_ text: String, file: String) throws -> Config {
        let root = try compose(text, file: file)
        let top = try root.mapping(allowed: Self.topKeys)
        let folder = URL(fileURLWithPath: file).deletingLastPathComponent()
        let defaults = try top["defaults"].map { try SourceDefaults.parse($0) } ?? SourceDefaults()
        guard let sourcesNode = top["sources"] else {
            throw root.error("the document needs a 'sources' list with at least one source")
        }
        let sources = try parseSources(sourcesNode, defaults: defaults)
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

    private func compose(_ text: String, file: String) throws -> ConfigNode {
        try AliasBudget.check(text, file: file)
        do {
            // No tag rules: values are read as text and typed here, and the default rules ran
            // regular expressions over every scalar (a third of the load of 10 000 sources).
            guard let node = try Yams.compose(yaml: text, .basic) else {
                throw ConfigError(
                    file: file, line: 1, column: 1, message: "the file is empty; expected a mapping with 'sources'")
            }
            return ConfigNode(node: node, file: file, path: "", environment: environment)
        } catch let error as YamlError {
            throw YAMLErrorLocation.configError(error, file: file)
        }
    }

    private func parseSources(_ node: ConfigNode, defaults: SourceDefaults) throws -> [SourceConfig] {
        let items = try node.sequence()
        guard !items.isEmpty else { throw node.error("'sources' must list at least one source") }
        var seen: Set<String> = []
        return try items.map { item in
            let source = try SourceConfig.parse(item, defaults: defaults)
            try checkSelectors(of: item)
            guard seen.insert(source.id).inserted else {
                throw item.error("source id '\(source.id)' is used twice; ids must be unique")
            }
            return source
        }
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
        if case .scalar = node.node { // `metrics: off` / `metrics: false`
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
