import CLibXML2

/// A node of an `HTMLDocument`. Holds its document strongly, so the tree stays alive
/// as long as any node of it is in use.
public struct HTMLNode {
    let pointer: xmlNodePtr
    /// The owner of the tree `pointer` points into.
    public let document: HTMLDocument

    init(pointer: xmlNodePtr, document: HTMLDocument) {
        self.pointer = pointer
        self.document = document
    }

    /// The element name in lower case (`div`, `p`), or `text`, `comment` for other nodes.
    public var name: String {
        pointer.pointee.name.map { String(cString: $0) } ?? ""
    }

    public var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }
    public var isText: Bool { pointer.pointee.type == XML_TEXT_NODE || pointer.pointee.type == XML_CDATA_SECTION_NODE }

    /// All text below this node, concatenated.
    public var text: String {
        guard let content = xmlNodeGetContent(pointer) else { return "" }
        defer { bw_xml_free(content) }
        return String(cString: content)
    }

    /// The value of attribute `name`, or `nil` when absent.
    public func attribute(_ name: String) -> String? {
        guard let value = xmlGetProp(pointer, name) else { return nil }
        defer { bw_xml_free(value) }
        return String(cString: value)
    }

    /// Child nodes, elements and text alike, in order.
    public var children: [HTMLNode] {
        var result: [HTMLNode] = []
        var child = pointer.pointee.children
        while let current = child {
            result.append(HTMLNode(pointer: current, document: document))
            child = current.pointee.next
        }
        return result
    }

    public var parent: HTMLNode? {
        guard let up = pointer.pointee.parent, up.pointee.type == XML_ELEMENT_NODE else { return nil }
        return HTMLNode(pointer: up, document: document)
    }

    /// The nodes `expression` selects with this node as the context node.
    public func select(_ expression: String) throws -> [HTMLNode] {
        try document.select(expression, from: self)
    }

    /// Whether two values denote the same node of the same tree.
    public func isSameNode(as other: HTMLNode) -> Bool { pointer == other.pointer }
}
