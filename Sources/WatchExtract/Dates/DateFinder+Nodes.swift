import LibXML

extension DateFinder {
    /// How many snapshot nodes after the title heading are searched for a dateline.
    static let nodesAfterTitle = 400
    /// How many nodes before the title heading are searched too (kicker lines: section · date).
    static let nodesBeforeTitle = 30
    /// `ExtractionMarkers.datelessClasses`, as a byte search.
    static let datelessMarkers = WordSet(ExtractionMarkers.datelessClasses)

    /// A date in the text between the title heading and the start of the body (bylines that
    /// sit in an article `<header>` are found here: the line pass never sees them).
    func nodeDatelineDate(_ context: Context, titleNode: Int?) -> DayStamp? {
        let snapshot = context.page.snapshot
        let bodyStart = context.body.first.map { context.page.lines[$0].start }
        guard
            let from = titleNode.map({ max(0, $0 - Self.nodesBeforeTitle) })
                ?? bodyStart.map({ max(0, $0 - Self.nodesAfterTitle / 4) })
        else { return nil }
        var until = min(snapshot.nodes.count, from + Self.nodesAfterTitle)
        if let bodyStart, bodyStart > from { until = min(until, bodyStart + 1) }
        var index = from
        var updateNoted = -1
        while index < until {
            defer { index += 1 }
            let node = snapshot.nodes[index]
            if !node.isText && isDateless(node, kind: context.page.tagKinds[node]) {
                index = node.end - 1
                continue
            }
            let stated = node.isText ? node.text : (node.tag == "time" ? node.attribute("datetime") : nil)
            guard let stated else { continue }
            // "Updated on …" / "Last modified: …" states a later edit, not the publication.
            if node.isText && Self.namesAnUpdate(stated) { updateNoted = index }
            guard let found = DateScanner.firstDate(in: stated), !isFuture(found, context.today) else { continue }
            if updateNoted >= 0 && index - updateNoted <= Self.updateLabelReach { continue }
            return found
        }
        return nil
    }

    /// How many nodes after an "updated" label a date is taken to be the update's.
    static let updateLabelReach = 4
    // Chinese pages write 更新时间 for the publication time, so only English words count.
    static let updateWords = WordSet(["updated", "modified"])

    static func namesAnUpdate(_ text: String) -> Bool {
        updateWords.anyOccurs(in: TextMeasure.foldingASCII(text), pairs: nil)
    }

    func isDateless(_ node: HTMLSnapshot.Node, kind: TagKinds.Kind) -> Bool {
        if kind.contains(.dateless) { return true }
        let marks = TextMeasure.foldingASCII((node.attribute("class") ?? "") + " " + (node.attribute("id") ?? ""))
        return marks.count > 1 && Self.datelessMarkers.anyOccurs(in: marks, pairs: nil)
    }

    /// The heading that carries the title (an `h1`/`h2` whose text is the title), else the first `h1`.
    static func titleNode(_ title: String, in snapshot: HTMLSnapshot) -> Int? {
        var firstH1: Int?
        let h1 = snapshot.tagID(of: "h1") ?? -1
        let h2 = snapshot.tagID(of: "h2") ?? -1
        for index in snapshot.nodes.indices {
            let tagID = snapshot.nodes[index].tagID
            guard tagID == h1 || tagID == h2 else { continue }
            if tagID == h1 && firstH1 == nil { firstH1 = index }
            if TextMeasure.collapsingSpaces(snapshot.text(of: index)) == title { return index }
        }
        return firstH1
    }
}
