/// A text after normalization, in the two forms the pipeline needs.
public struct NormalizedText: Sendable, Hashable {
    /// Simplified characters, ruby/pinyin annotations dropped, paragraphs trimmed and separated by
    /// a blank line, punctuation as written. This is what the store keeps and users read.
    public var display: String
    /// What is hashed: compatibility-folded (NFKC, full-/half-width), letters and digits only,
    /// ASCII lower-cased, whitespace and punctuation gone. Numbers appear in canonical form (see
    /// `numbers`), two numbers with only punctuation between them separated by `/`.
    public var comparable: String
    /// The numbers of the text in order: digit runs with an optional decimal part, thousands
    /// separators removed and leading zeros dropped (`2015-08-21` → `2015`, `8`, `21`).
    public var numbers: [String]

    public init(display: String, comparable: String, numbers: [String]) {
        self.display = display
        self.comparable = comparable
        self.numbers = numbers
    }
}
