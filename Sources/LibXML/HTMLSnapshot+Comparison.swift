extension HTMLSnapshot {
    /// The index of the first node where the two snapshots differ in anything but `identity`
    /// (which names libxml2 nodes in one and indices in the other), or `nil` when they read the
    /// same page the same way. A snapshot that is a prefix of the other differs at its end.
    public func firstDifference(from other: HTMLSnapshot) -> Int? {
        for (index, (mine, theirs)) in zip(nodes, other.nodes).enumerated() {
            let same =
                mine.tag == theirs.tag && mine.tagID == theirs.tagID && mine.text == theirs.text
                && mine.parent == theirs.parent && mine.end == theirs.end && mine.depth == theirs.depth
                && mine.attributes == theirs.attributes
            if !same { return index }
        }
        if nodes.count != other.nodes.count { return min(nodes.count, other.nodes.count) }
        return tagNames == other.tagNames ? nil : 0
    }
}
