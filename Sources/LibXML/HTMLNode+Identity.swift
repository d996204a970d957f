extension HTMLNode {
    /// The node's address as a number: stable while the document lives, equal to the
    /// `identity` of the same node in an `HTMLSnapshot`.
    public var identity: Int { Int(bitPattern: pointer) }
}
