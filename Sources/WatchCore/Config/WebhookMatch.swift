/// Which articles a webhook wants (`match:` in sources.yaml). Empty lists match everything;
/// when both are given an article must pass both.
public struct WebhookMatch: Sendable, Hashable, Codable {
    /// Source id globs (`*` any run of characters, `?` one character), e.g. `spb-*`.
    public var sources: [String]
    /// Words of which at least one must appear in the title or the body.
    public var keywords: [String]

    public init(sources: [String] = [], keywords: [String] = []) {
        self.sources = sources
        self.keywords = keywords
    }
}
