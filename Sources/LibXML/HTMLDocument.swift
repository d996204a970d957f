import CLibXML2

/// A parsed HTML page. It owns the libxml2 tree and frees it in `deinit`; every
/// `HTMLNode` keeps its document alive, so no node can outlive the tree it points into.
public final class HTMLDocument {
    let pointer: htmlDocPtr

    /// The parser flags: recover from broken markup, never touch the network, stay quiet.
    /// `HTML_PARSE_NOENT` is deliberately absent: entities are not expanded.
    static let parseOptions: Int32 = Int32(
        bitPattern:
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue
            | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue)

    /// Parses `bytes` as HTML.
    /// - Parameters:
    ///   - encoding: the charset name the bytes are in (e.g. `GB18030`, `UTF-8`); `nil` lets
    ///     libxml2 look at the page's own `<meta>` declaration.
    ///   - url: the page's address, kept as the document's base URL.
    public init(bytes: [UInt8], encoding: String? = nil, url: String? = nil) throws {
        XMLGlobal.ensureInitialized()
        guard !bytes.isEmpty else { throw XMLError.unparsable(reason: "empty input") }
        let parsed: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlReadMemory(
                    chars.baseAddress, Int32(clamping: chars.count),
                    url, encoding, HTMLDocument.parseOptions)
            }
        }
        guard let parsed else {
            throw XMLError.unparsable(reason: "libxml2 returned no document")
        }
        pointer = parsed
    }

    /// Parses a Swift string (UTF-8).
    public convenience init(html: String, url: String? = nil) throws {
        try self.init(bytes: Array(html.utf8), encoding: "UTF-8", url: url)
    }

    deinit {
        xmlFreeDoc(pointer)
    }

    /// The root element (`<html>`), if the page had any element at all.
    public var root: HTMLNode? {
        xmlDocGetRootElement(pointer).map { HTMLNode(pointer: $0, document: self) }
    }

    /// The nodes `expression` selects, in document order. Attribute and text nodes are
    /// returned as nodes too; use `text` to read them.
    public func select(_ expression: String) throws -> [HTMLNode] {
        try select(expression, from: nil)
    }

    func select(_ expression: String, from context: HTMLNode?) throws -> [HTMLNode] {
        // libxml2's error handlers are per thread, so they are silenced on the calling one.
        bw_xml_silence_errors()
        guard let xpath = xmlXPathNewContext(pointer) else { throw XMLError.outOfMemory }
        defer { xmlXPathFreeContext(xpath) }
        if let context { xpath.pointee.node = context.pointer }
        guard let result = xmlXPathEvalExpression(expression, xpath) else {
            throw XMLError.invalidXPath(expression)
        }
        defer { xmlXPathFreeObject(result) }
        guard let set = result.pointee.nodesetval, set.pointee.nodeNr > 0 else { return [] }
        return (0..<Int(set.pointee.nodeNr)).compactMap { index in
            set.pointee.nodeTab[index].map { HTMLNode(pointer: $0, document: self) }
        }
    }
}
