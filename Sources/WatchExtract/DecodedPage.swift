import LibXML

/// A fetched page made ready for libxml2: its charset chosen, a byte-order mark dropped and
/// invalid sequences replaced (`PageDecoder.decode`). Parse it as a tree when XPath is needed
/// (`document()`), or straight into a snapshot when only the extractor's passes are (`snapshot()`,
/// the cheaper of the two).
public struct DecodedPage: Sendable {
    /// The bytes libxml2 is given.
    public let bytes: [UInt8]
    /// The charset `bytes` are in, and the evidence that chose it.
    public let charset: CharsetDecision
    /// The page's address, the document's base URL.
    public let url: String?

    public init(bytes: [UInt8], charset: CharsetDecision, url: String?) {
        self.bytes = bytes
        self.charset = charset
        self.url = url
    }

    /// The page as a libxml2 tree.
    /// - Throws: `XMLError` when there is nothing to parse.
    public func document() throws -> HTMLDocument {
        try HTMLDocument(bytes: bytes, encoding: charset.name, url: url)
    }

    /// The page as a snapshot, with no tree built in between.
    /// - Throws: `XMLError` when there is nothing to parse.
    public func snapshot() throws -> HTMLSnapshot {
        try HTMLSnapshot(parsing: bytes, encoding: charset.name, url: url)
    }
}
