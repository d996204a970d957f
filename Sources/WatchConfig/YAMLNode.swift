/// A node of sources.yaml as the config reads it: text, a list or a mapping, and where it starts.
/// Smaller than a general YAML node (no tag or style, the place in two 32-bit numbers) because a
/// config of 10 000 sources holds some 100 000 of them.
struct YAMLNode: Sendable {
    enum Content: Sendable {
        case scalar(String)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
    }

    let content: Content
    let line: Int32
    let column: Int32

    init(_ content: Content, line: Int, column: Int) {
        self.content = content
        self.line = Int32(clamping: line)
        self.column = Int32(clamping: column)
    }
}

/// One key and its value, in the order written.
struct YAMLPair: Sendable {
    let key: YAMLNode
    let value: YAMLNode
}
