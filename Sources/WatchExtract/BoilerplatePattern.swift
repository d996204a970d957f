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
    private let keywords: [[UInt8]]
    private let regex: NSRegularExpression

    init(_ name: String, _ pattern: String, keywords: [String], maxLength: Int) {
        self.name = name
        self.maxLength = maxLength
        self.keywords = keywords.map { Array($0.utf8) }
        // The patterns are literals in BoilerplatePatterns, each covered by a test.
        self.regex = try! NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
    }

    func matches(_ line: String) -> Bool {
        matches(line, length: line.unicodeScalars.count, utf8: Array(line.utf8))
    }

    /// `length` (in Unicode scalars) and `utf8` describe `line`; they are passed in because a
    /// line is tried against every pattern.
    func matches(_ line: String, length: Int, utf8: [UInt8]) -> Bool {
        guard length <= maxLength else { return false }
        if !keywords.isEmpty && !keywords.contains(where: { Self.contains(utf8, $0) }) { return false }
        return regex.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil
    }

    /// Whether `needle` occurs in `haystack` (both UTF-8), by libc's `memchr` and `memcmp`: every
    /// line is searched for every pattern's words, which made a checked Swift loop a tenth of
    /// extraction time.
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, haystack.count >= needle.count else { return false }
        return haystack.withUnsafeBytes { hay in
            needle.withUnsafeBytes { pin in
                guard let start = hay.baseAddress, let word = pin.baseAddress else { return false }
                let last = hay.count - pin.count // the last offset where the word still fits
                var offset = 0
                while offset <= last {
                    guard let hit = memchr(start + offset, Int32(first), last - offset + 1) else { return false }
                    let at = start.distance(to: UnsafeRawPointer(hit))
                    if memcmp(start + at, word, pin.count) == 0 { return true }
                    offset = at + 1
                }
                return false
            }
        }
    }
}
