import LibXML

/// A page read as lines of visible text, with its chrome (navigation, footers, comment forms,
/// share bars, related lists, hidden parts) marked so no later stage takes text from it.
struct PageText: Sendable {
    let snapshot: HTMLSnapshot
    /// What the rules say about each of the page's tags.
    let tagKinds: TagKinds
    /// Visible lines outside chrome, in document order.
    private(set) var lines: [TextLine] = []
    /// Per snapshot node: whether it lies in chrome or in an invisible subtree.
    private(set) var excluded: [Bool]
    /// Punctuation marks in all visible text of the page.
    private var pagePunctuation = 0
    /// Chrome verdicts by class and id, for `ChromeClassifier`.
    private var verdicts: [String: ChromeClassifier.Verdict] = [:]
    /// Per node: punctuation marks in the visible text below it.
    private let subtreePunctuation: [Int]

    init(snapshot: HTMLSnapshot) {
        self.snapshot = snapshot
        tagKinds = TagKinds(snapshot)
        excluded = Array(repeating: false, count: snapshot.nodes.count)
        subtreePunctuation = Self.punctuationPerSubtree(snapshot, kinds: tagKinds)
        pagePunctuation = snapshot.nodes.indices.reduce(0) { total, index in
            snapshot.nodes[index].parent < 0 ? total + subtreePunctuation[index] : total
        }
        var builder = LineBuilder()
        var index = 0
        while index < snapshot.nodes.count {
            visit(index, owner: -1, link: -1, builder: &builder)
            index = snapshot.nodes[index].end
        }
        builder.flush(into: &lines)
    }

    private mutating func isChrome(_ index: Int) -> Bool {
        let node = snapshot.nodes[index]
        switch ChromeClassifier.verdict(node, kind: tagKinds[node], cache: &verdicts) {
        case .content: return false
        case .chrome: return true
        case .likelyChrome: return punctuation(below: index) < ExtractionRules.weakChromeProsePunctuation
        case .markedChrome:
            return Double(punctuation(below: index)) < Double(pagePunctuation) * ExtractionRules.articleProseShare
        }
    }

    private func punctuation(below index: Int) -> Int { subtreePunctuation[index] }

    /// Whether the line is (part of) a `p` element: links there are set in prose.
    func isInParagraph(_ line: TextLine) -> Bool {
        line.owner >= 0 && tagKinds[snapshot.nodes[line.owner]].contains(.paragraph)
    }

    /// Punctuation marks in the visible text below each node, summed in one backward pass
    /// (children come after their parent in the snapshot). The text of scripts and styles is
    /// not read: it never counts, and it can be most of a page's bytes.
    static func punctuationPerSubtree(_ snapshot: HTMLSnapshot, kinds: TagKinds) -> [Int] {
        let nodes = snapshot.nodes
        var counts = Array(repeating: 0, count: nodes.count)
        for index in nodes.indices.reversed() {
            let node = nodes[index]
            if node.isText && (node.parent < 0 || !kinds[nodes[node.parent]].contains(.invisible)) {
                counts[index] = TextMeasure.punctuationCount(node.text)
            }
            if node.parent >= 0 && !kinds[node].contains(.invisible) {
                counts[node.parent] += counts[index]
            }
        }
        return counts
    }

    /// Reads `index`'s subtree into lines; `link` is the nearest enclosing link (-1: none).
    private mutating func visit(_ index: Int, owner: Int, link: Int, builder: inout LineBuilder) {
        let node = snapshot.nodes[index]
        if node.isText {
            builder.append(
                node.text, owner: owner, start: index, link: link,
                punctuation: subtreePunctuation[index])
            return
        }
        let kind = tagKinds[node]
        if kind.contains(.invisible) || isChrome(index) {
            for hidden in index..<node.end { excluded[hidden] = true }
            return
        }
        let isBlock = kind.contains(.block)
        if isBlock { builder.flush(into: &lines) }
        let childOwner = isBlock && !kind.contains(.lineBreak) ? index : owner
        let childLink = link < 0 && kind.contains(.link) ? index : link
        var child = index + 1
        while child < node.end {
            visit(child, owner: childOwner, link: childLink, builder: &builder)
            child = snapshot.nodes[child].end
        }
        if isBlock { builder.flush(into: &lines) }
    }
}

/// Gathers the text pieces of the line being read.
private struct LineBuilder {
    var text = FoldedText()
    /// Whether a non-empty piece has come since the last flush.
    var hasPieces = false
    var owner = -1
    var start = -1
    // Measured per piece as it comes (folding spaces changes neither figure), so a line is
    // never scanned again.
    var linkBytes = 0
    var bytes = 0
    var punctuation = 0
    /// Links whose text the line holds, and the last of them.
    var links = 0
    var lastLink = -1
    /// Letters and digits in the text outside links (`TextMeasure.lettersAndDigits`).
    var ownLetters = 0
    var ownDigits = 0

    /// Adds a text node's text; `punctuation` is its count, already known to the caller, and
    /// `link` the enclosing link (-1: none).
    mutating func append(_ piece: String, owner: Int, start: Int, link: Int, punctuation: Int) {
        if !hasPieces {
            self.owner = owner
            self.start = start
            hasPieces = !piece.isEmpty
        }
        let measured = text.append(piece)
        bytes += measured
        self.punctuation += punctuation
        guard measured > 0 else { return }
        if link < 0 {
            let counts = TextMeasure.lettersAndDigits(piece)
            (ownLetters, ownDigits) = (ownLetters + counts.letters, ownDigits + counts.digits)
        } else {
            linkBytes += measured
            if link != lastLink { (links, lastLink) = (links + 1, link) }
        }
    }

    mutating func flush(into lines: inout [TextLine]) {
        defer {
            text.removeAll()
            hasPieces = false
            (linkBytes, bytes, punctuation, links, lastLink) = (0, 0, 0, 0, -1)
            (ownLetters, ownDigits) = (0, 0)
        }
        guard hasPieces, !text.isEmpty else { return }
        lines.append(
            TextLine(
                text: text.string, owner: owner, start: start, bytes: bytes,
                linkBytes: min(linkBytes, bytes), punctuation: punctuation, links: links,
                hasOwnWords: TextLine.areWords(letters: ownLetters, digits: ownDigits)))
    }
}
