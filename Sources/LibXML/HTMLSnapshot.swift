/// A flat, pure-Swift copy of a parsed page: elements and text in document order (pre-order),
/// each node knowing its parent and where its subtree ends. Taken in one walk over the libxml2
/// tree, so extractors can run many passes without crossing into C or re-querying XPath.
///
/// The descendants of node `i` are exactly `nodes[(i + 1)..<nodes[i].end]`.
public struct HTMLSnapshot: Sendable {
    /// One element or text node.
    public struct Node: Sendable {
        /// Lower-case element name (`div`, `p`), or `""` for a text node.
        public var tag: String
        /// `tag`'s index in the snapshot's `tagNames`: nodes have equal IDs exactly when they
        /// have equal tags; text nodes have 0. Cheaper to test than the string.
        public var tagID: Int
        /// The text of a text node; `""` for an element.
        public var text: String
        /// The index of the parent node, or `-1` for a top-level node.
        public var parent: Int
        /// One past the index of this node's last descendant.
        public var end: Int
        /// Nesting depth; top-level nodes are at 0.
        public var depth: Int
        /// The kept attributes (see `HTMLDocument.snapshot(keeping:)`), lower-case names.
        public var attributes: [Attribute]
        /// The libxml2 node this was copied from, as a number: equal to `HTMLNode.identity`
        /// of the same node, so XPath results can be found in the snapshot.
        public var identity: Int

        public var isText: Bool { tag.isEmpty }

        /// The value of attribute `name` (lower case), if it was kept and is present.
        public func attribute(_ name: String) -> String? {
            for attribute in attributes where attribute.name == name { return attribute.value }
            return nil
        }
    }

    /// One attribute of an element.
    public struct Attribute: Sendable, Hashable {
        public var name: String
        public var value: String
    }

    public var nodes: [Node]
    /// Every distinct tag of the page once, in order of first appearance, `""` first:
    /// `tagNames[node.tagID] == node.tag`.
    public var tagNames: [String]
    /// The document's base URL, as given when it was parsed.
    public var url: String?

    public init(nodes: [Node], tagNames: [String], url: String?) {
        self.nodes = nodes
        self.tagNames = tagNames
        self.url = url
    }

    /// The ID nodes tagged `name` (lower case) carry, or `nil` when the page has none.
    public func tagID(of name: String) -> Int? {
        tagNames.firstIndex(of: name)
    }

    /// The indices of the element children of node `index`, in order.
    public func elementChildren(of index: Int) -> [Int] {
        var result: [Int] = []
        var child = index + 1
        while child < nodes[index].end {
            if !nodes[child].isText { result.append(child) }
            child = nodes[child].end
        }
        return result
    }

    /// All text below node `index`, concatenated in document order.
    public func text(of index: Int) -> String {
        var result = ""
        for child in (index + 1)..<nodes[index].end where nodes[child].isText {
            result += nodes[child].text
        }
        return nodes[index].isText ? nodes[index].text : result
    }
}
