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
    /// Links whose text is in the line (empty anchors do not count).
    var links: Int
    /// Whether the text outside links is words (`areWords`).
    var hasOwnWords: Bool

    var linkDensity: Double { bytes == 0 ? 0 : Double(linkBytes) / Double(bytes) }

    /// One link set among words of the line's own (`See: <a>…</a>`, `Kiran Desai, <a>title</a>`):
    /// a citation. Navigation is links alone, several links between separators, or a related
    /// item (`·<a>title</a> 2024-05-01`).
    var isCitation: Bool { links == 1 && hasOwnWords }

    /// Whether a text with these counts is words: more letters than digits (`See:`, an author's
    /// name, `附件：`) or a list number (`1.`, `[12]`), not a bullet, a separator or a date.
    static func areWords(letters: Int, digits: Int) -> Bool {
        letters > digits || (letters == 0 && (1...maxListNumberDigits).contains(digits))
    }

    /// `[123]` is a list number; four digits and more are a year, a date or a time.
    static let maxListNumberDigits = 3
}
