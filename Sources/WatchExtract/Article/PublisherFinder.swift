import Foundation

/// Finds the issuing body: the government `ContentSource` tag, a `来源：` line near the title or
/// at the top of the body, a short `来源：` line closing the body (mirrors put it there), or the
/// closing attribution `(江西省邮政管理局)` of the body.
struct PublisherFinder: Sendable {
    /// Labels that introduce the source on a dateline.
    static let sourceLabels = ["信息来源", "稿件来源", "文章来源", "来源"]
    /// What ends the source's name on a dateline (the next field, or a separator).
    static let fieldEnds: Set<Character> = [" ", "\u{3000}", "|", "｜", "【", "[", "(", "（"]
    /// The longest plausible publisher name, in characters.
    static let maxNameLength = 40

    /// Body lines, counted from the end, in which a closing `来源：` line is looked for.
    static let closingLines = 3

    /// - Parameter closing: the body's last lines, in order.
    func publisher(meta: MetaTags, lines: [String], closing: [String]) -> String? {
        if let stated = meta.values[MetaTags.contentSource] { return stated }
        for line in lines {
            if let named = Self.labelled(in: line) { return named }
        }
        let tail = closing.suffix(Self.closingLines)
        for line in tail.reversed() where line.count <= Self.maxNameLength + 5 {
            if let named = Self.labelled(in: line) { return named }
        }
        return tail.last.flatMap(Self.attribution(in:))
    }

    /// The name after `来源：` (or `来源:`, or the traditional `來源：`) on `line`, as written.
    static func labelled(in line: String) -> String? {
        // The fold maps character for character, so a position in it is one in `line`.
        let folded = ScriptFold.folded(line)
        guard TextMeasure.contains(folded, "来源") else { return nil }
        let characters = Array(line)
        for label in sourceLabels {
            guard let found = folded.range(of: label) else { continue }
            let end = folded.distance(from: folded.startIndex, to: found.upperBound)
            var rest = characters[end...].drop { $0 == " " }
            guard let colon = rest.first, colon == "：" || colon == ":" else { continue }
            rest = rest.dropFirst().drop { $0 == " " || $0 == "\u{3000}" }
            let name = rest.prefix { !fieldEnds.contains($0) }
            if !name.isEmpty && name.count <= maxNameLength { return String(name) }
        }
        return nil
    }

    /// `(江西省邮政管理局)` or `（江西省邮政管理局）` as a whole line: the attribution.
    static func attribution(in line: String) -> String? {
        guard let first = line.first, first == "(" || first == "（",
            let last = line.last, last == ")" || last == "）"
        else { return nil }
        let name = line.dropFirst().dropLast().trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, name.count <= maxNameLength, !name.contains(where: { "()（）".contains($0) }) else {
            return nil
        }
        return name
    }
}
