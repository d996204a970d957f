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
    private let keywords: [(bytes: [UInt8], pivot: Int)]
    /// The bytes a matching (trimmed) line can begin with, for expressions anchored at the start
    /// that have no keyword; empty means any.
    private let leadBytes: Set<UInt8>
    private let regex: NSRegularExpression

    init(_ name: String, _ pattern: String, keywords: [String], leadBytes: Set<UInt8> = [], maxLength: Int) {
        self.name = name
        self.maxLength = maxLength
        self.keywords = keywords.map { word in (Array(word.utf8), Self.pivot(of: Array(word.utf8))) }
        self.leadBytes = leadBytes
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
        if !leadBytes.isEmpty && !(utf8.first.map(leadBytes.contains) ?? false) { return false }
        if !keywords.isEmpty && !keywords.contains(where: { Self.contains(utf8, $0.bytes, pivot: $0.pivot) }) { return false }
        return regex.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil
    }

    /// Whether `needle` occurs in `haystack` (both UTF-8), by libc's `memchr` and `memcmp`.
    /// Every line is searched for every pattern's words: a checked Swift loop made that a tenth
    /// of extraction time. `memchr` looks for the needle's byte at `pivot`: a continuation byte
    /// of its first multibyte character, because a lead byte (E4–E9) starts nearly every
    /// character of Chinese text and would stop the search at each one.
    static func contains(_ haystack: [UInt8], _ needle: [UInt8], pivot: Int = 0) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return false }
        return haystack.withUnsafeBytes { hay in
            needle.withUnsafeBytes { word in
                guard let start = hay.baseAddress, let pin = word.baseAddress else { return false }
                let last = hay.count - word.count // the last offset where the word still fits
                let byte = Int32(word[pivot])
                var offset = 0
                while offset <= last {
                    guard let hit = memchr(start + offset + pivot, byte, last - offset + 1) else { return false }
                    let at = start.distance(to: UnsafeRawPointer(hit)) - pivot
                    if memcmp(start + at, pin, word.count) == 0 { return true }
                    offset = at + 1
                }
                return false
            }
        }
    }

    /// Where `contains` should look first in `needle`: its first continuation byte, or 0.
    static func pivot(of needle: [UInt8]) -> Int {
        needle.firstIndex { $0 & 0xC0 == 0x80 } ?? 0
    }
}
