import Foundation

/// Removes the chrome mirror sites wrap around a reposted article (welcome bars, breadcrumbs,
/// view counters, disclaimers, contacts, ICP numbers, comment forms, share bars, …) from a
/// list of paragraphs, keeping every paragraph of the article itself.
///
/// The paragraphs are split in three zones by the prose they hold: the head (before the first
/// paragraph of prose), the body, and the tail (after the last). `strong` patterns go
/// everywhere; page metadata (`发布日期:`, `来源:`, a lone date) only in the head and the
/// tail; and in the tail, everything from the first strong chrome line on is the site footer
/// (contacts, addresses, sponsors), which is never article text.
///
/// Metadata lines are dropped too: read `来源`, `发布日期` and `原文链接` before cleaning.
public enum BoilerplateFilter {
    /// A paragraph of prose: at least this many characters…
    static let proseMinimumLength = 15
    /// …with sentence punctuation in it.
    static let sentencePunctuation: Set<Character> = ["。", "！", "？", "；", "!", "?"]

    /// `paragraphs`, trimmed, without empty lines and without chrome, in order.
    public static func clean(_ paragraphs: [String]) -> [String] {
        let lines = paragraphs.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        let strong = lines.map { line in BoilerplatePatterns.strong.contains { $0.matches(line) } }
        let prose = lines.indices.filter { !strong[$0] && isProse(lines[$0]) }
        guard let firstProse = prose.first, let lastProse = prose.last else {
            return lines.indices.filter { !strong[$0] && !matchesAny(BoilerplatePatterns.head, lines[$0]) }.map { lines[$0] }
        }
        let footerStart = (lastProse + 1..<lines.count).first { strong[$0] } ?? lines.count
        return lines.indices.filter { index in
            if strong[index] || index >= footerStart { return false }
            if index < firstProse { return !matchesAny(BoilerplatePatterns.head, lines[index]) }
            if index > lastProse { return !matchesAny(BoilerplatePatterns.tail, lines[index]) }
            return true
        }.map { lines[$0] }
    }

    static func isProse(_ line: String) -> Bool {
        line.count >= proseMinimumLength && line.contains { sentencePunctuation.contains($0) }
    }

    static func matchesAny(_ patterns: [BoilerplatePattern], _ line: String) -> Bool {
        patterns.contains { $0.matches(line) }
    }
}
