import LibXML

/// The generic main-content extractor for unknown templates, by text density: every line
/// weighs for its element and all the element's ancestors, prose (punctuated, few links) for,
/// navigation (link-heavy lines) and scraps (short unpunctuated lines) against. The element
/// with the best balance holds the whole article and as little chrome as possible; within it,
/// link-heavy lines are dropped.
struct MainContentExtractor: Sendable {
    /// The lines of the main content, in document order, and the elements they came from.
    struct Result: Sendable {
        /// Indices into `PageText.lines`, ascending.
        var lineIndices: [Int]
        /// The chosen elements (snapshot indices).
        var regions: [Int]
    }

    func extract(from page: PageText) -> Result {
        let measures = RegionMeasures(page: page)
        guard let best = measures.bestBalanced() else { return Result(lineIndices: [], regions: []) }
        let regions = [best]
        return Result(lineIndices: lines(of: page, in: regions), regions: regions)
    }

    /// The lines inside `regions`, minus navigation: lines made mostly of link text, unless the
    /// line is a citation (`TextLine.isCitation`) in a paragraph, or one with no link-made line
    /// next to it (`See: <a>…</a>` under a section). Runs of link lines are lists of links.
    func lines(of page: PageText, in regions: [Int]) -> [Int] {
        let nodes = page.snapshot.nodes
        let inside = page.lines.indices.filter { index in
            let line = page.lines[index]
            return regions.contains { line.start > $0 && line.start < nodes[$0].end }
        }
        let linky = inside.map { page.lines[$0].linkDensity > ExtractionRules.maxBodyLineLinkDensity }
        return inside.indices.filter { position in
            guard linky[position] else { return true }
            let line = page.lines[inside[position]]
            guard line.isCitation else { return false }
            let linkyBefore = position > 0 && linky[position - 1]
            let linkyAfter = position + 1 < inside.count && linky[position + 1]
            return !(linkyBefore || linkyAfter) || page.isInParagraph(line)
        }.map { inside[$0] }
    }
}

/// Per-element sums over the lines of a page: text bytes, link bytes, prose balance.
struct RegionMeasures {
    let page: PageText
    private(set) var bytes: [Int]
    private(set) var linkBytes: [Int]
    /// Prose bytes below each element minus the bytes of navigation and stray short lines:
    /// the element that maximises it holds all of the article and little else.
    private(set) var balance: [Double]

    init(page: PageText) {
        self.page = page
        let count = page.snapshot.nodes.count
        bytes = Array(repeating: 0, count: count)
        linkBytes = Array(repeating: 0, count: count)
        balance = Array(repeating: 0, count: count)
        for line in page.lines where line.owner >= 0 { add(line) }
    }

    private mutating func add(_ line: TextLine) {
        let nodes = page.snapshot.nodes
        let weight = Self.balanceWeight(of: line, inParagraph: page.isInParagraph(line))
        var ancestor = line.owner
        while ancestor >= 0 {
            bytes[ancestor] += line.bytes
            linkBytes[ancestor] += line.linkBytes
            balance[ancestor] += weight
            ancestor = nodes[ancestor].parent
        }
    }

    /// A line's contribution to `balance`: prose counts for, links and unpunctuated scraps against.
    /// A citation in a paragraph (a list of books, each with its link) is prose: its own words count.
    static func balanceWeight(of line: TextLine, inParagraph: Bool) -> Double {
        let bytes = Double(line.bytes)
        if line.linkDensity > ExtractionRules.maxScoringLinkDensity && !(inParagraph && line.isCitation) {
            return -bytes * ExtractionRules.linkLinePenalty
        }
        if line.punctuation == 0 && line.bytes < ExtractionRules.minScoringBytes * 2 {
            return -bytes * ExtractionRules.scrapLinePenalty
        }
        return bytes - Double(line.linkBytes)
    }

    /// The element whose subtree has the best balance of prose over chrome.
    func bestBalanced() -> Int? {
        var best: Int?
        var bestValue = 0.0
        for index in balance.indices where balance[index] > bestValue {
            best = index
            bestValue = balance[index]
        }
        return best
    }

    func linkDensity(_ index: Int) -> Double {
        bytes[index] == 0 ? 0 : Double(linkBytes[index]) / Double(bytes[index])
    }
}
