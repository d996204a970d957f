/// One line of visible text: what lies between two block boundaries (`<p>`, `<div>`, `<br>` …).
/// The unit the main-content extractor scores and keeps.
struct TextLine: Sendable {
    /// The text with runs of whitespace folded to one space, trimmed.
    var text: String
    /// The innermost block element holding the line (a snapshot index).
    var owner: Int
    /// Snapshot index of the first text node of the line (document position).
    var start: Int
    /// UTF-8 bytes of the text, whitespace excluded (a CJK character weighs 3, a letter 1).
    var bytes: Int
    /// The share of `bytes` inside links.
    var linkBytes: Int
    /// Sentence punctuation marks (，。！？；、 , . ! ? ;): prose has them, menus do not.
    var punctuation: Int
    /// Links that start in the line.
    var links: Int

    var linkDensity: Double { bytes == 0 ? 0 : Double(linkBytes) / Double(bytes) }

    /// One link set among words of the line's own (`See: <a>…</a>`, `Kiran Desai, <a>title</a>`):
    /// a citation. Navigation is links alone, or several links between separators.
    var isCitation: Bool { links == 1 && linkBytes < bytes }
}
