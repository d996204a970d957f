/// What a list page offers: its article links and where the next page of the list is.
public struct ListPage: Sendable, Hashable {
    /// The article links in page order, deduplicated by URL.
    public var items: [ListItem]
    /// The absolute URL of the list's next page, when the page links or scripts one.
    public var nextPageURL: String?

    public init(items: [ListItem], nextPageURL: String? = nil) {
        self.items = items
        self.nextPageURL = nextPageURL
    }
}
