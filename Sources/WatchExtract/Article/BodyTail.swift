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

    /// `lines` cut before the first trailing-section opener (never before the first line), and
    /// without the headings of link boxes inside the article (`延伸阅读` over a list of links, the
    /// article going on below it): the links go as navigation, the heading would stay alone.
    static func trimmed(_ indices: [Int], page: PageText) -> [Int] {
        let lines = page.lines
        guard indices.count > 1 else { return indices }
        let total = Double(indices.reduce(0) { $0 + lines[$1].bytes })
        var before = 0
        var boxHeadings: Set<Int> = []
        var end = indices.count
        for position in indices.indices {
            defer { before += lines[indices[position]].bytes }
            let line = lines[indices[position]]
            let pastHalf = Double(before) >= total * minimumShareBefore
            // Before the middle only a box heading matters, and lines dropped as navigation
            // must follow it: most lines are ruled out without a string comparison.
            let linesFollow = position + 1 < indices.count && indices[position + 1] > indices[position] + 1
            guard line.bytes <= maxOpenerBytes, pastHalf || linesFollow, isOpener(line.text) else { continue }
            if headsLinkBox(at: position, indices, page: page) {
                boxHeadings.insert(position)
            } else if pastHalf {
                end = position
                break
            }
        }
        return (0..<end).filter { !boxHeadings.contains($0) }.map { indices[$0] }
    }

    static func isOpener(_ text: String) -> Bool {
        openers.contains { TextMeasure.hasPrefixFoldingASCII(text, $0) && text.count <= $0.count + openerSlack }
    }

    /// Whether the opener at `position` heads only links (every line between it and the next
    /// body line is navigation) and the article goes on after the box: the lines just before
    /// and after it are siblings in one container, the one after is prose. (Other articles'
    /// teasers and comments after a trailing list sit in containers of their own.)
    static func headsLinkBox(at position: Int, _ indices: [Int], page: PageText) -> Bool {
        let lines = page.lines
        guard position > 0, position + 1 < indices.count else { return false }
        let (before, after) = (lines[indices[position - 1]], lines[indices[position + 1]])
        let box = (indices[position] + 1)..<indices[position + 1]
        guard !box.isEmpty, isProse(after), before.owner >= 0, after.owner >= 0,
            box.allSatisfy({ lines[$0].linkDensity > ExtractionRules.maxBodyLineLinkDensity })
        else { return false }
        let nodes = page.snapshot.nodes
        return nodes[before.owner].parent == nodes[after.owner].parent
    }

    /// A line of the article's prose, for `headsLinkBox`: long and punctuated.
    static func isProse(_ line: TextLine) -> Bool {
        line.punctuation >= minimumProsePunctuation && line.bytes >= ExtractionRules.minScoringBytes * 2
    }

    /// See `isProse`: a sentence and a clause at least.
    static let minimumProsePunctuation = 2
}
