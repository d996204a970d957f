import LibXML

/// The generic main-content extractor for unknown templates. Each line of prose (long enough,
/// few links, punctuated) scores its block and, less and less, the block's ancestors; the
/// element with the best score after a link-density penalty is the body, joined by siblings
/// that score nearly as well (articles split over several cells or divs).
struct MainContentExtractor: Sendable {
    /// Block tags that are one paragraph: their score starts at their container.
    static let paragraphTags: Set<String> = [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "pre", "blockquote",
        "figcaption", "address", "caption",
    ]

    /// The lines of the main content, in document order, and the elements they came from.
    struct Result: Sendable {
        /// Indices into `PageText.lines`, ascending.
        var lineIndices: [Int]
        /// The chosen elements (snapshot indices): the best one and the siblings that joined it.
        var regions: [Int]
    }

    func extract(from page: PageText) -> Result {
        let measures = RegionMeasures(page: page)
        guard let best = measures.bestBalanced() else { return Result(lineIndices: [], regions: []) }
        let regions = [best]
        return Result(lineIndices: lines(of: page, in: regions), regions: regions)
    }

    /// The lines inside `regions`, minus those that are mostly link text.
    func lines(of page: PageText, in regions: [Int]) -> [Int] {
        let nodes = page.snapshot.nodes
        return page.lines.indices.filter { index in
            let line = page.lines[index]
            guard line.linkDensity <= ExtractionRules.maxBodyLineLinkDensity else { return false }
            return regions.contains { line.start > $0 && line.start < nodes[$0].end }
        }
    }
}

/// Per-element sums over the lines of a page: score, text bytes, link bytes.
struct RegionMeasures {
    let page: PageText
    private(set) var score: [Double]
    private(set) var bytes: [Int]
    private(set) var linkBytes: [Int]
    /// Prose bytes below each element minus the bytes of navigation and stray short lines:
    /// the element that maximises it holds all of the article and little else.
    private(set) var balance: [Double]

    init(page: PageText) {
        self.page = page
        let count = page.snapshot.nodes.count
        score = Array(repeating: 0, count: count)
        bytes = Array(repeating: 0, count: count)
        linkBytes = Array(repeating: 0, count: count)
        balance = Array(repeating: 0, count: count)
        for line in page.lines where line.owner >= 0 { add(line) }
    }

    private mutating func add(_ line: TextLine) {
        let nodes = page.snapshot.nodes
        let weight = Self.balanceWeight(of: line)
        var ancestor = line.owner
        while ancestor >= 0 {
            bytes[ancestor] += line.bytes
            linkBytes[ancestor] += line.linkBytes
            balance[ancestor] += weight
            ancestor = nodes[ancestor].parent
        }
        guard line.bytes >= ExtractionRules.minScoringBytes,
              line.linkDensity <= ExtractionRules.maxScoringLinkDensity else { return }
        let lineScore = 1 + Double(line.punctuation)
            + min(Double(line.bytes) / 100, ExtractionRules.lengthScoreCap)
        var target = line.owner
        if MainContentExtractor.paragraphTags.contains(nodes[target].tag) { target = nodes[target].parent }
        var level = 0
        while target >= 0 && level < ExtractionRules.scoringAncestors {
            let divider = level == 0 ? 1.0 : (level == 1 ? 2.0 : Double(level) * 3)
            score[target] += lineScore / divider
            target = nodes[target].parent
            level += 1
        }
    }

    /// A line's contribution to `balance`: prose counts for, links and unpunctuated scraps against.
    static func balanceWeight(of line: TextLine) -> Double {
        let bytes = Double(line.bytes)
        if line.linkDensity > ExtractionRules.maxScoringLinkDensity { return -bytes * ExtractionRules.linkLinePenalty }
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

    /// The score after the link penalty: a region of links is navigation however long.
    func finalScore(_ index: Int) -> Double { score[index] * (1 - linkDensity(index)) }

    func bestCandidate() -> Int? {
        var best: Int?
        var bestScore = 0.0
        for index in score.indices where score[index] > 0 {
            let value = finalScore(index)
            if value > bestScore {
                best = index
                bestScore = value
            }
        }
        return best
    }

    /// `best` and those of its siblings that score close to it or are clean prose paragraphs.
    func withSiblings(of best: Int) -> [Int] {
        let nodes = page.snapshot.nodes
        let parent = nodes[best].parent
        guard parent >= 0 else { return [best] }
        let threshold = max(10, finalScore(best) * ExtractionRules.siblingScoreShare)
        return page.snapshot.elementChildren(of: parent).filter { sibling in
            if sibling == best { return true }
            if page.excluded[sibling] { return false }
            if finalScore(sibling) >= threshold { return true }
            return nodes[sibling].tag == "p" && bytes[sibling] > 80 && linkDensity(sibling) < 0.25
        }
    }
}
