/// The charset a page is decoded with, and which evidence chose it.
public struct CharsetDecision: Sendable, Hashable {
    /// Where the charset came from, in the order they are consulted.
    public enum Source: String, Sendable, Hashable {
        /// The source's `encoding:` setting in sources.yaml.
        case override
        /// The `charset=` parameter of the Content-Type header.
        case contentType
        /// A byte-order mark.
        case byteOrderMark
        /// A `<meta charset>` or `http-equiv` declaration near the top of the page.
        case meta
        /// The bytes are well-formed UTF-8 with text beyond ASCII.
        case utf8Validation
        /// uchardet's statistical guess.
        case detection
        /// Nothing said anything: UTF-8 if the bytes allow it, else GB18030.
        case fallback
    }

    /// The canonical charset name, as handed to libxml2 (`UTF-8`, `GB18030`, …).
    public var name: String
    public var source: Source

    public init(name: String, source: Source) {
        self.name = name
        self.source = source
    }
}
