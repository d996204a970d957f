/// Fixed words searched for in many texts (boilerplate keywords, class-name markers), each kept
/// with its byte pairs: a text's `BytePairs` rule most of them out before any byte search, since
/// a word can only occur where all of its pairs do.
struct WordSet: Sendable {
    private let words: [[UInt8]]
    private let pairs: [[Int]]

    init(_ words: [String]) {
        self.words = words.map { Array($0.utf8) }
        pairs = self.words.map(BytePairs.bits)
    }

    var isEmpty: Bool { words.isEmpty }

    /// Whether any of the words occurs in `text` (UTF-8). `textPairs` are `text`'s own pairs;
    /// without them every word is searched.
    func anyOccurs(in text: [UInt8], pairs textPairs: BytePairs?) -> Bool {
        words.indices.contains { index in
            (textPairs?.containsAll(pairs[index]) ?? true) && TextMeasure.contains(text, words[index])
        }
    }
}
