/// A row of a list that gave no article link, for `extract --list` to show.
public struct DroppedRow: Sendable, Hashable, Codable {
    /// The row's text, collapsed and cut short.
    public var text: String
    /// The row's link as written, when it has one.
    public var href: String?
    /// Why it was dropped ("no link", "link to another site (example.com)", "duplicate", …).
    public var reason: String

    /// Longer row texts are cut: the reason matters, not the whole row.
    static let textLimit = 80

    public init(text: String, href: String?, reason: String) {
        self.text = text.count > Self.textLimit ? String(text.prefix(Self.textLimit)) + "…" : text
        self.href = href
        self.reason = reason
    }
}
