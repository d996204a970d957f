/// One article of a digest page: its title line, its paragraphs and the closing attribution.
public struct DigestItem: Sendable, Hashable {
    /// The item's own short title line.
    public var title: String
    /// The item's paragraphs, the attribution removed from the last one.
    public var paragraphs: [String]
    /// The attribution without its parentheses, e.g. `江西省邮政管理局`.
    public var publisher: String

    public init(title: String, paragraphs: [String], publisher: String) {
        self.title = title
        self.paragraphs = paragraphs
        self.publisher = publisher
    }
}
