import CLibXML2

extension HTMLDocument {
    /// The attributes a snapshot keeps by default: what extractors read (identity, links,
    /// metadata, dates). Others (style, data-*, event handlers) are skipped to save memory.
    public static let defaultSnapshotAttributes: Set<String> = [
        "id", "class", "href", "src", "name", "content", "property", "itemprop", "datetime",
        "http-equiv", "charset", "type", "title", "rel", "role", "hidden", "style", "pubdate",
    ]

    /// Copies the tree into an `HTMLSnapshot` in one walk. Comments, processing instructions
    /// and other non-element, non-text nodes are left out; a text node of nothing but spaces,
    /// tabs and line breaks is kept as a single space.
    public func snapshot(keeping attributes: Set<String> = HTMLDocument.defaultSnapshotAttributes) -> HTMLSnapshot {
        var walker = SnapshotWalker(keep: attributes)
        var child = pointer.pointee.children
        while let current = child {
            walker.visit(current, parent: -1, depth: 0)
            child = current.pointee.next
        }
        return HTMLSnapshot(
            nodes: walker.nodes, tagNames: walker.tags.names,
            url: pointer.pointee.URL.map { String(cString: $0) })
    }
}

/// The walk behind `HTMLDocument.snapshot`. libxml2 interns element and attribute names in
/// the document's dictionary, so names are converted to Swift once per distinct pointer.
private struct SnapshotWalker {
    let keep: Set<String>
    var nodes: [HTMLSnapshot.Node] = []
    var names: [UnsafePointer<xmlChar>: String] = [:]
    var tags = TagTable()

    init(keep: Set<String>) {
        self.keep = keep
        nodes.reserveCapacity(4096)
    }

    mutating func name(_ pointer: UnsafePointer<xmlChar>) -> String {
        if let known = names[pointer] { return known }
        let converted = String(cString: pointer).lowercased()
        names[pointer] = converted
        return converted
    }

    mutating func visit(_ node: xmlNodePtr, parent: Int, depth: Int) {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            guard let content = node.pointee.content else { return }
            nodes.append(
                HTMLSnapshot.Node(
                    tag: "", tagID: 0, text: Self.text(content), parent: parent,
                    end: nodes.count + 1, depth: depth, attributes: [],
                    identity: Int(bitPattern: node)))
        case XML_ELEMENT_NODE:
            let index = nodes.count
            let tagID = node.pointee.name.map { tags.id(of: $0) { String(cString: $0).lowercased() } } ?? 0
            nodes.append(
                HTMLSnapshot.Node(
                    tag: tags.names[tagID], tagID: tagID, text: "", parent: parent,
                    end: index + 1, depth: depth, attributes: attributes(of: node),
                    identity: Int(bitPattern: node)))
            var child = node.pointee.children
            while let current = child {
                visit(current, parent: index, depth: depth + 1)
                child = current.pointee.next
            }
            nodes[index].end = nodes.count
        default:
            return
        }
    }

    /// A text node's text (`HTMLSnapshot.nodeText` of its content).
    static func text(_ content: UnsafePointer<xmlChar>) -> String {
        HTMLSnapshot.nodeText(UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))))
    }

    mutating func attributes(of node: xmlNodePtr) -> [HTMLSnapshot.Attribute] {
        var result: [HTMLSnapshot.Attribute] = []
        var property = node.pointee.properties
        while let current = property {
            defer { property = current.pointee.next }
            guard let rawName = current.pointee.name else { continue }
            let attributeName = name(rawName)
            guard keep.contains(attributeName) else { continue }
            result.append(HTMLSnapshot.Attribute(name: attributeName, value: value(of: current)))
        }
        return result
    }

    func value(of attribute: xmlAttrPtr) -> String {
        // The common case: one text child holding the whole value.
        if let only = attribute.pointee.children, only.pointee.next == nil,
            only.pointee.type == XML_TEXT_NODE, let content = only.pointee.content
        {
            return String(cString: content)
        }
        guard let joined = xmlNodeListGetString(attribute.pointee.doc, attribute.pointee.children, 1) else {
            return ""
        }
        defer { bw_xml_free(joined) }
        return String(cString: joined)
    }
}
