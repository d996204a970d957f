extension HTMLSnapshot {
    /// The text a snapshot keeps for a libxml2 text node whose content (up to its NUL) is
    /// `content`: the content itself, except that whitespace-only text (the indentation between
    /// tags, often longer than a small string holds) becomes one space, which reads the same and
    /// costs no allocation. Both ways of taking a snapshot read text through here.
    static func nodeText(_ content: UnsafeBufferPointer<UInt8>) -> String {
        if content.isEmpty { return "" }
        if content.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) { return " " }
        return String(decoding: content, as: UTF8.self)
    }
}
