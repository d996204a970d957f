import LibXML

/// A fetched page made ready for libxml2 (`PageDecoder.decode`): its charset chosen, a
/// byte-order mark dropped, invalid sequences replaced, and the text converted to UTF-8.
/// Parse it as a tree when XPath is needed (`document()`), or straight into a snapshot when
/// only the extractor's passes are (`snapshot()`, the cheaper of the two).
public struct DecodedPage: Sendable {
    /// The bytes libxml2 is given.
    public let bytes: [UInt8]
    /// The charset `bytes` are in: UTF-8, unless libxml2 could not convert them
    /// (`PageDecoder.charsetDecision` tells which charset the page came in).
    public let encoding: String
    /// The page's address, the document's base URL.
    public let url: String?

    public init(bytes: [UInt8], encoding: String, url: String?) {
        self.bytes = bytes
        self.encoding = encoding
        self.url = url
    }

    /// The page as a libxml2 tree.
    /// - Throws: `XMLError` when there is nothing to parse.
    public func document() throws -> HTMLDocument {
        try HTMLDocument(bytes: bytes, encoding: encoding, url: url)
    }

    /// The page as a snapshot, with no tree built in between.
    /// - Throws: `XMLError` when there is nothing to parse.
    public func snapshot() throws -> HTMLSnapshot {
        try HTMLSnapshot(parsing: bytes, encoding: encoding, url: url)
    }
}
