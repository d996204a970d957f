/// What one fetched list page is.
public enum ListReading: Sendable, Hashable {
    /// A list: its rows, the page its pager links to, and the rows the whole list holds when
    /// the page says so (a JSON API's `total`).
    case rows([ListRow], nextPageURL: String?, total: Int?)
    /// A stub whose only job is to send the browser on (`location.href=`, meta refresh), to
    /// this absolute URL.
    case stub(target: String)
    /// A 200 that is no list, and why (a wall, no links, an unreadable JSON document).
    case refused(String)
}
