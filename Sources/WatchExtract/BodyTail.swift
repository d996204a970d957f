/// Where an article ends inside its region: the first short line that opens a trailing
/// section (comments, related reads, share prompts, author boxes). It and what follows go.
enum BodyTail {
    /// `ExtractionMarkers.trailingOpeners`.
    static let openers = ExtractionMarkers.trailingOpeners
    /// An opener line may add this many characters to the opener (`Related posts:`, `相关新闻 >>`).
    static let openerSlack = 12
    /// A cheap bound before any string work: the longest opener plus slack, 3 bytes a character.
    static let maxOpenerBytes = 3 * ((openers.map(\.count).max() ?? 0) + openerSlack)
    /// Only this far into the body (share of its bytes) can a trailing section start: a section
    /// is trailing when it is shorter than the article above it; earlier, a heading such as
    /// "Related Stories" is a box inside the article, and the article goes on below it.
    static let minimumShareBefore = 0.5

    /// `ExtractionMarkers.toolbarLabels`.
    static let toolbarLabels = ExtractionMarkers.toolbarLabels

    static func isToolbarLabel(_ line: TextLine) -> Bool {
        line.bytes <= 24 && toolbarLabels.contains(line.text.lowercased())
    }

    /// `lines` cut before the first trailing-section opener (never before the first line).
    static func trimmed(_ indices: [Int], lines: [TextLine]) -> [Int] {
        guard indices.count > 1 else { return indices }
        let total = Double(indices.reduce(0) { $0 + lines[$1].bytes })
        var before = 0
        for position in indices.indices {
            defer { before += lines[indices[position]].bytes }
            guard Double(before) >= total * minimumShareBefore,
                  lines[indices[position]].bytes <= maxOpenerBytes else { continue }
            let text = lines[indices[position]].text
            if openers.contains(where: { TextMeasure.hasPrefixFoldingASCII(text, $0) && text.count <= $0.count + openerSlack }) {
                return Array(indices[..<position])
            }
        }
        return indices
    }
}
