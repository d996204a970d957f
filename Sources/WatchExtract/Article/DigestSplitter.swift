import Foundation

/// Splits a digest page (a 网易号 roundup of eight provincial notices, seed 003) into its
/// items. A digest body is a run of items, each a short title line, one or more paragraphs,
/// and a closing attribution in parentheses: `…全面进步。(江西省邮政管理局)`.
public enum DigestSplitter {
    /// A closing attribution: an organisation's name (ending in 局, 委, 厅, 部, 办, 院, 会,
    /// 中心, 公司, 政府, 集团 or 报社/社) in half- or full-width parentheses at the very end.
    static let attributionPattern =
        #"[(（]\s*([^()（）]{2,30}?(局|委|厅|部|办|院|会|中心|公司|政府|集团|社))\s*[)）]\s*$"#
    private static let attribution = try! NSRegularExpression(pattern: attributionPattern)
    /// A title line is at most this long…
    static let titleMaximumLength = 50
    /// …and does not end a sentence.
    static let sentenceEnds: Set<Character> = ["。", "！", "？", "；", "：", "!", "?", ";", ":", "…"]
    /// Fewer items than this is one article that happens to end in an attribution.
    static let minimumItems = 2

    /// The items, or `nil` when the paragraphs are not a digest: fewer than two items, an
    /// item without a title line, or text left over after the last attribution.
    public static func split(_ paragraphs: [String]) -> [DigestItem]? {
        let lines = paragraphs.map(ListText.trimmed).filter { !$0.isEmpty }
        var items: [DigestItem] = []
        var pending: [String] = []
        for line in lines {
            guard let (text, publisher) = attributionSplit(line) else {
                pending.append(line)
                continue
            }
            if !text.isEmpty { pending.append(text) }
            guard let item = item(from: pending, publisher: publisher) else { return nil }
            items.append(item)
            pending = []
        }
        guard pending.isEmpty, items.count >= minimumItems else { return nil }
        return items
    }

    /// An item from its lines (title first), or `nil` without a title line and a paragraph.
    private static func item(from lines: [String], publisher: String) -> DigestItem? {
        guard lines.count >= 2, let title = lines.first, isTitle(title) else { return nil }
        return DigestItem(title: title, paragraphs: Array(lines.dropFirst()), publisher: publisher)
    }

    static func isTitle(_ line: String) -> Bool {
        guard line.count <= titleMaximumLength, let last = line.last else { return false }
        return !sentenceEnds.contains(last)
    }

    /// The line without its closing attribution, and the attribution; `nil` when it has none.
    static func attributionSplit(_ line: String) -> (String, String)? {
        // Every line of every article passes here; the expression can only match a line that
        // ends in a closing parenthesis, which a look at the last character settles.
        guard let last = line.unicodeScalars.last(where: { !$0.properties.isWhitespace }),
            last == ")" || last == "）"
        else { return nil }
        let range = NSRange(line.startIndex..., in: line)
        guard let match = attribution.firstMatch(in: line, range: range),
            let whole = Range(match.range, in: line), let name = Range(match.range(at: 1), in: line)
        else { return nil }
        let text = line[..<whole.lowerBound].trimmingCharacters(in: .whitespaces)
        return (text, String(line[name]).trimmingCharacters(in: .whitespaces))
    }
}
