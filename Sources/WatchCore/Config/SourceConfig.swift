/// One watched channel from sources.yaml, with the defaults already applied. Its timing and
/// politeness (`policy`: `interval`, `timeout`, `perHost`, …) read as its own members.
@dynamicMemberLookup
public struct SourceConfig: Sendable, Hashable {
    /// `[a-z0-9-]+`, unique.
    public var id: String
    public var name: String
    public var kind: SourceRole
    /// The list page.
    public var url: String
    /// A charset name that overrides detection; `nil` for `auto`.
    public var encoding: String?
    /// List pages to follow.
    public var pages: Int
    /// The configured selectors; none set for most sources.
    public var selectors: SourceSelectors {
        get { selectorsBox?.value ?? SourceSelectors() }
        set { selectorsBox = newValue == SourceSelectors() ? nil : Boxed(newValue) }
    }
    /// HTML list pages, or a JSON list API read through `json`.
    public var list: ListFormat
    /// The JSON API's field mapping, for `list: json`.
    public var json: JSONListMapping? {
        get { jsonBox?.value }
        set { jsonBox = newValue.map(Boxed.init) }
    }

    // The policy (144 bytes), selectors (80) and the JSON mapping (184) are held by reference: a
    // config of 10 000 sources held them inline in every source, most of the sources' memory,
    // mostly alike or empty.
    /// Timing and politeness (`policy`), shared by equal sources through `SourcePolicyPool`.
    @usableFromInline var policyBox: Boxed<SourcePolicy>
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
        self.policyBox = Boxed(
            SourcePolicy(
                interval: interval, jitter: jitter, timeout: timeout, userAgent: userAgent, perHost: perHost,
                robots: robots, recheck: recheck, proxy: proxy, baseline: baseline, maxBackoff: maxBackoff))
        self.encoding = encoding
        self.pages = pages
        self.list = list
        self.selectors = selectors
        self.json = json
    }
}
