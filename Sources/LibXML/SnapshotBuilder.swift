import CLibXML2

#if canImport(Glibc)
    import Glibc
#endif

/// Builds an `HTMLSnapshot` from libxml2's SAX events, with no libxml2 tree in between.
///
/// It answers each event as libxml2's own tree builder (SAX2.c) would, so the snapshot equals
/// `HTMLDocument.snapshot` of the same bytes: runs of character data coalesce into one text
/// node until an element, a comment or a processing instruction intervenes; text and CDATA
/// (script and style bodies) stay separate nodes; text outside every element is dropped;
/// valueless boolean attributes (`hidden`) take their own name as value, other valueless
/// attributes the empty string; a prefixed element name (`fb:like`) keeps its local part; an
/// element opened after the root was closed goes into the first top-level element, unless a
/// doctype or comment came first (then it is top-level itself). It also stops the parse where
/// the tree builder does: an element more than `xmlParserMaxDepth` (256) deep, or a text node
/// past `XML_MAX_TEXT_LENGTH` (10 MB); what was read until then is kept.
struct SnapshotBuilder {
    /// What kind of character data the pending text node holds.
    enum TextKind { case text, cdata }

    /// A name as libxml2 interned it: the lower-case Swift name and whether its attribute is kept.
    struct Name {
        let text: String
        let kept: Bool
    }

    /// The depth past which libxml2's tree builder halts (`nodePush`).
    static let maximumDepth = Int(bw_xml_max_depth())
    /// The longest text node the tree builder grows (`xmlSAX2Text`).
    static let maximumTextLength = Int(XML_MAX_TEXT_LENGTH)

    let keep: Set<String>
    /// The parser feeding this builder, stopped where the tree builder would halt it.
    var parser: htmlParserCtxtPtr?
    private var halted = false
    private(set) var nodes: [HTMLSnapshot.Node] = []
    /// The open elements, innermost last: the tree builder's node stack.
    private var open: [Int] = []
    private var pending: [UInt8] = []
    private var pendingKind: TextKind?
    /// The first node the tree builder put at the top level: an element's index, or `nil`
    /// for a doctype, comment or processing instruction; unset before any.
    private var firstTopLevel: Int??
    /// libxml2 interns names in the parser's dictionary, so each distinct pointer is converted once.
    private var tags = TagTable()
    private var attributeNames: [UnsafePointer<xmlChar>: Name] = [:]
    private var recentAttributeNames = PointerCache<Name>()

    init(keep: Set<String>) {
        self.keep = keep
        nodes.reserveCapacity(4096)
        pending.reserveCapacity(1024)
    }

    mutating func startElement(
        _ rawName: UnsafePointer<xmlChar>,
        attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    ) {
        guard !halted else { return }
        closeText()
        guard open.count <= Self.maximumDepth else { return halt() }
        let index = nodes.count
        let parent = open.last ?? adoptiveParent(of: index)
        let tagID = tags.id(of: rawName, name: Self.elementName)
        nodes.append(
            HTMLSnapshot.Node(
                tag: tags.names[tagID], tagID: tagID, text: "", parent: parent,
                end: index + 1, depth: parent < 0 ? 0 : nodes[parent].depth + 1,
                attributes: attributes.map { kept($0) } ?? [], identity: index))
        open.append(index)
    }

    mutating func endElement() {
        closeText()
        guard let index = open.popLast() else { return }
        nodes[index].end = nodes.count
        // An adopted subtree has just closed: its new ancestor now ends after it.
        if open.isEmpty, nodes[index].parent >= 0 { nodes[nodes[index].parent].end = nodes.count }
    }

    /// The parent of an element opened with nothing open: what `xmlSAX2StartElement` does with
    /// `ctxt->node == NULL`. The first such element is top-level; later ones go into the first
    /// top-level node when it is an element, else beside it.
    private mutating func adoptiveParent(of index: Int) -> Int {
        guard let first = firstTopLevel else {
            firstTopLevel = .some(index)
            return -1
        }
        return first ?? -1
    }

    /// A doctype declaration: libxml2 makes the DTD the document's first child wherever it
    /// appears (only the first one counts, and later ones change nothing either way).
    mutating func doctype() {
        firstTopLevel = .some(nil)
    }

    mutating func characters(_ bytes: UnsafePointer<xmlChar>, count: Int, kind: TextKind) {
        // The tree builder drops text that has no element to go into.
        guard !halted, !open.isEmpty else { return }
        if pendingKind != kind {
            closeText()
            pendingKind = kind
        } else if pending.count + count > Self.maximumTextLength {
            return halt()
        }
        pending.append(contentsOf: UnsafeBufferPointer(start: bytes, count: count))
    }

    /// A comment or processing instruction: not kept, but it ends the text run before it.
    mutating func boundary() {
        closeText()
        if open.isEmpty, firstTopLevel == nil { firstTopLevel = .some(nil) }
    }

    /// The snapshot, once the parser has finished (or stopped early on broken input).
    mutating func finish(url: String?) -> HTMLSnapshot {
        closeText()
        while !open.isEmpty { endElement() }
        return HTMLSnapshot(nodes: nodes, tagNames: tags.names, url: url)
    }

    /// Stops the parser as the tree builder does: nothing more is read; the elements still
    /// open are closed by `finish` (libxml2 still sends their ends).
    private mutating func halt() {
        halted = true
        if let parser { xmlStopParser(parser) }
    }

    private mutating func closeText() {
        guard pendingKind != nil else { return }
        let index = nodes.count
        let parent = open.last ?? -1
        nodes.append(
            HTMLSnapshot.Node(
                tag: "", tagID: 0, text: Self.text(pending), parent: parent,
                end: index + 1, depth: parent < 0 ? 0 : nodes[parent].depth + 1,
                attributes: [], identity: index))
        pending.removeAll(keepingCapacity: true)
        pendingKind = nil
    }

    /// The text of a node, read as `HTMLDocument.snapshot` reads a libxml2 text node: up to
    /// its first NUL, then `HTMLSnapshot.nodeText`.
    static func text(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBufferPointer { buffer in
            // memchr finds the NUL without a checked loop over every byte of a long text.
            guard let start = buffer.baseAddress, let nul = memchr(start, 0, buffer.count) else {
                return HTMLSnapshot.nodeText(buffer)
            }
            let end = UnsafeRawPointer(start).distance(to: UnsafeRawPointer(nul))
            return HTMLSnapshot.nodeText(UnsafeBufferPointer(rebasing: buffer[..<end]))
        }
    }

    /// An element's name as the tree builder stores it: after the first colon of a prefixed
    /// name (`xmlSplitQName`), unless the colon is first or last.
    static func elementName(_ pointer: UnsafePointer<xmlChar>) -> String {
        let name = String(cString: pointer).lowercased()
        guard let colon = name.firstIndex(of: ":"), colon != name.startIndex,
            name.index(after: colon) != name.endIndex
        else { return name }
        return String(name[name.index(after: colon)...])
    }

    private mutating func attributeName(_ pointer: UnsafePointer<xmlChar>) -> Name {
        if let cached = recentAttributeNames[pointer] { return cached }
        let converted =
            attributeNames[pointer]
            ?? {
                let text = String(cString: pointer).lowercased()
                return Name(text: text, kept: keep.contains(text))
            }()
        attributeNames[pointer] = converted
        recentAttributeNames[pointer] = converted
        return converted
    }

    /// The kept attributes of a NULL-terminated list of name/value pairs.
    private mutating func kept(_ list: UnsafeMutablePointer<UnsafePointer<xmlChar>?>) -> [HTMLSnapshot.Attribute] {
        var result: [HTMLSnapshot.Attribute] = []
        var cursor = list
        while let rawName = cursor.pointee {
            let attribute = attributeName(rawName)
            if attribute.kept {
                let value: String
                if let rawValue = cursor.advanced(by: 1).pointee {
                    value = String(cString: rawValue)
                } else {
                    value = htmlIsBooleanAttr(rawName) != 0 ? String(cString: rawName) : ""
                }
                result.append(HTMLSnapshot.Attribute(name: attribute.text, value: value))
            }
            cursor += 2
        }
        return result
    }
}
