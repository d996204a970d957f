/// What a list page offers: its article links and where the next page of the list is.
public struct ListPage: Sendable, Hashable {
    /// The article links in page order, deduplicated by URL.
    public var items: [ListItem]
    /// The absolute URL of the list's next page, when the page links or scripts one.
    public var nextPageURL: String?
    /// What found the rows: the source's `selectors.item`, or the automatic row finder with the
    /// row signature it chose (`auto: li under ul.news`). `nil` when nothing was found.
    public var rule: String?
    /// Rows of the chosen list that gave no article link, each with the reason.
    public var dropped: [DroppedRow]
    /// Why the page yields no article row, when `items` is empty.
    public var diagnosis: ListPageError?

    public init(
        items: [ListItem], nextPageURL: String? = nil, rule: String? = nil,
        dropped: [DroppedRow] = [], diagnosis: ListPageError? = nil
    ) {
        self.items = items
        self.nextPageURL = nextPageURL
        self.rule = rule
        self.dropped = dropped
        self.diagnosis = diagnosis
    }
}
