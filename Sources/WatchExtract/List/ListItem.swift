import Foundation

/// One article link found on a list page.
public struct ListItem: Sendable, Hashable {
    /// The absolute article URL, without fragment.
    public var url: String
    /// The link's title as the list shows it (the `title` attribute when the text is cut short).
    public var title: String
    /// The day the row states, at midnight Asia/Shanghai; `nil` when the row has none.
    public var date: Date?

    public init(url: String, title: String, date: Date? = nil) {
        self.url = url
        self.title = title
        self.date = date
    }
}
