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
    /// (。！？； and ! ?, read from the bytes by `isProse`.)

    /// `paragraphs`, trimmed, without empty lines and without chrome, in order.
    public static func clean(_ paragraphs: [String]) -> [String] {
        let lines = paragraphs.map(ListText.trimmed).filter { !$0.isEmpty }.map(LineProbe.init)
        let strong = lines.map { matchesAny(BoilerplatePatterns.strong, $0) }
        let prose = lines.indices.filter { !strong[$0] && isProse(lines[$0].utf8, length: lines[$0].length) }
        // Without prose, every line is treated as head: metadata and chrome both go.
        let firstProse = prose.first ?? lines.count
        let lastProse = prose.last ?? lines.count
        let footerStart = (min(lastProse + 1, lines.count)..<lines.count).first { strong[$0] } ?? lines.count
        let kept = lines.indices.filter { index in
            if strong[index] || index >= footerStart { return false }
            if index < firstProse { return !matchesAny(BoilerplatePatterns.head, lines[index]) }
            if index > lastProse { return !matchesAny(BoilerplatePatterns.tail, lines[index]) }
            return true
        }
        return kept.map { lines[$0].text }
    }

    /// Whether a line of `length` characters and these UTF-8 bytes is prose.
    static func isProse(_ utf8: [UInt8], length: Int) -> Bool {
        guard length >= proseMinimumLength else { return false }
        for index in utf8.indices {
            switch utf8[index] {
            case 0x21, 0x3F: return true
            case 0xEF where index + 2 < utf8.count && utf8[index + 1] == 0xBC:
                if [0x81, 0x9F, 0x9B].contains(utf8[index + 2]) { return true } // ！？；
            case 0xE3 where index + 2 < utf8.count && utf8[index + 1] == 0x80:
                if utf8[index + 2] == 0x82 { return true } // 。
            default: continue
            }
        }
        return false
    }

    static func matchesAny(_ patterns: [BoilerplatePattern], _ line: LineProbe) -> Bool {
        patterns.contains { $0.matches(line) }
    }
}
