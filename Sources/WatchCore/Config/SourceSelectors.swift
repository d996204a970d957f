/// Per-source selectors from sources.yaml: CSS, or XPath when they start with `/` or `(`.
/// Every one is optional; generic extraction fills in where one is absent.
public struct SourceSelectors: Sendable, Hashable, Codable {
    /// One row of a list page.
    public var item: String?
    /// The article link inside a row.
    public var link: String?
    /// The title inside a row (default: the link's text).
    public var title: String?
    /// The date inside a row.
    public var date: String?
    /// The article body on an article page.
    public var body: String?

    public init(
        item: String? = nil, link: String? = nil, title: String? = nil, date: String? = nil,
        body: String? = nil
    ) {
        self.item = item
        self.link = link
        self.title = title
        self.date = date
        self.body = body
    }
}
