/// One watched channel from sources.yaml, with the defaults already applied.
public struct SourceConfig: Sendable, Hashable {
    /// `[a-z0-9-]+`, unique.
    public var id: String
    public var name: String
    public var kind: SourceRole
    /// The list page.
    public var url: String
    public var interval: Duration
    /// The fraction of `interval` a poll may move either way (0.1 for `10%`).
    public var jitter: Double
    public var timeout: Duration
    public var userAgent: String
    public var perHost: PerHostPolicy
    /// Whether robots.txt is obeyed.
    public var robots: Bool
    /// A charset name that overrides detection; `nil` for `auto`.
    public var encoding: String?
    /// List pages to follow.
    public var pages: Int
    /// The configured selectors; none set for most sources.
    public var selectors: SourceSelectors {
        get { selectorsBox?.value ?? SourceSelectors() }
        set { selectorsBox = newValue == SourceSelectors() ? nil : Boxed(newValue) }
    }
    /// How long after first sight an article is re-requested for changes.
    public var recheck: Duration
    /// An explicit proxy; `nil` for the environment's.
    public var proxy: String?
    /// Whether the source's first successful poll only records what is already listed (files
    /// and feed, no webhook), so a new source does not flood its receivers.
    public var baseline: Bool
    /// The longest wait between two attempts of a failing source, however often it failed.
    public var maxBackoff: Duration
    /// HTML list pages, or a JSON list API read through `json`.
    public var list: ListFormat
    /// The JSON API's field mapping, for `list: json`.
    public var json: JSONListMapping? {
        get { jsonBox?.value }
        set { jsonBox = newValue.map(Boxed.init) }
    }

    // Selectors (80 bytes) and the JSON mapping (184) are boxed: a config of 10 000 sources
    // held them inline in every source, a third of the sources' memory, mostly empty.
    private var selectorsBox: Boxed<SourceSelectors>?
    private var jsonBox: Boxed<JSONListMapping>?

    public init(
        id: String, name: String, kind: SourceRole, url: String, interval: Duration = .seconds(1800),
        jitter: Double = 0.1, timeout: Duration = .seconds(20), userAgent: String = "bureauwatch/0.1",
        perHost: PerHostPolicy = PerHostPolicy(), robots: Bool = true, encoding: String? = nil,
        pages: Int = 1, selectors: SourceSelectors = SourceSelectors(),
        recheck: Duration = .seconds(7 * 86_400), proxy: String? = nil, baseline: Bool = true,
        maxBackoff: Duration = .seconds(3600), list: ListFormat = .html, json: JSONListMapping? = nil
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.url = url
        self.interval = interval
        self.jitter = jitter
        self.timeout = timeout
        self.userAgent = userAgent
        self.perHost = perHost
        self.robots = robots
        self.encoding = encoding
        self.pages = pages
        self.recheck = recheck
        self.proxy = proxy
        self.baseline = baseline
        self.maxBackoff = maxBackoff
        self.list = list
        self.selectors = selectors
        self.json = json
    }
}
