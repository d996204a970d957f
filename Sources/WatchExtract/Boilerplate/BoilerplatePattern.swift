import Foundation

/// One kind of chrome line: a regular expression, the words a line must contain for the
/// expression to be worth running, and the longest line it may remove, so a pattern can never
/// take a real paragraph that happens to contain its words.
struct BoilerplatePattern: Sendable {
    let name: String
    let maxLength: Int
    /// UTF-8 bytes of the literal words the expression cannot match without. Searching bytes
    /// is far cheaper than handing every line to NSRegularExpression (which copies it to
    /// UTF-16 on each call); empty means "always run the expression".
    private let keywords: WordSet
    /// The bytes a matching (trimmed) line can begin with, for expressions anchored at the start
    /// that have no keyword; empty means any.
    private let leadBytes: Set<UInt8>
    private let regex: NSRegularExpression

    init(_ name: String, _ pattern: String, keywords: [String], leadBytes: Set<UInt8> = [], maxLength: Int) {
        self.name = name
        self.maxLength = maxLength
        self.keywords = WordSet(keywords)
        self.leadBytes = leadBytes
        // The patterns are literals in BoilerplatePatterns, each covered by a test.
        self.regex = try! NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
    }

    func matches(_ line: String) -> Bool {
        matches(LineProbe(line))
    }

    /// Whether the probed line is this kind of chrome. A line is tried against every pattern,
    /// so its measurements come with it.
    func matches(_ line: LineProbe) -> Bool {
        guard line.length <= maxLength else { return false }
        if !leadBytes.isEmpty && !(line.utf8.first.map(leadBytes.contains) ?? false) { return false }
        if !keywords.isEmpty && !keywords.anyOccurs(in: line.utf8, pairs: line.pairs) { return false }
        return regex.firstMatch(in: line.folded, range: NSRange(line.folded.startIndex..., in: line.folded)) != nil
    }
}
