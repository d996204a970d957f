import Foundation

/// One kind of chrome line: a regular expression and the longest line it may remove, so a
/// pattern can never take a real paragraph that happens to contain its words.
struct BoilerplatePattern: Sendable {
    let name: String
    let maxLength: Int
    private let regex: NSRegularExpression

    init(_ name: String, _ pattern: String, maxLength: Int) {
        self.name = name
        self.maxLength = maxLength
        // The patterns are literals in BoilerplatePatterns, each covered by a test.
        self.regex = try! NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
    }

    func matches(_ line: String) -> Bool {
        guard line.count <= maxLength else { return false }
        return regex.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil
    }
}

