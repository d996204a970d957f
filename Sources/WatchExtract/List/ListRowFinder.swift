import LibXML

/// Finds the rows of a list page without selectors: among all groups of sibling elements that
/// share a tag and class (`li`, `tr`, `dd`, `div.item`…), the one that looks most like a list
/// of articles. A group is a list with at least three linked rows, or with one or two when
/// every row is a dated article link (a new channel, the last page of a list).
struct ListRowFinder {
    /// A group of undated rows needs this many to be a list.
    static let minimumRows = 3
    /// A small group's rows must each carry a date and a title at least this long: a lone
    /// dated link with a headline is an article; "更多" or a menu entry is not.
    static let smallRowMinimumTitle = 6
    /// Not only under `<body>`: libxml2 leaves content under `<head>` on some broken pages
    /// (an `<object>` before `<body>` keeps everything inside it there). Any element with an
    /// element child can hold a list, a small one included.
    static let containerXPath = "//*[*]"
    /// Titles count towards a group's score up to this many characters: a real headline is
    /// 15–40 characters, a menu entry 2–6; longer than this no longer says more.
    static let titleLengthCap = 30
    /// A dated row counts this much more than an undated one.
    static let dateWeight = 2
    /// At least this share of a group's rows must hold a usable link.
    static let minimumLinkedShare = 0.5

    let extractor: ListPageExtractor
    let selectors: CompiledRowSelectors
    let resolver: ListLinkResolver

    struct Group {
        let container: HTMLNode
        let signature: String
        let readings: [ListPageExtractor.RowReading]
        let score: Int
        /// Links inside the rows: of two groups that find the same articles, the one whose rows
        /// hold fewer is the list itself rather than a block around it.
        let links: Int
        /// Whether the rows are the links themselves (`li > a`): a row around its link says more.
        let rowsAreLinks: Bool
        /// How deep the container sits: of two otherwise equal groups the inner one is the list
        /// (`ul > li`), the outer one a wrapper holding it as its only row (`div > ul`).
        let depth: Int

        /// Whether `self` is the worse of two groups: lower score; on a tie fewer rows read
        /// (dropped rows included), more links per row, or rows that are bare links.
        func isWorse(than other: Group) -> Bool {
            if score != other.score { return score < other.score }
            if readings.count != other.readings.count { return readings.count < other.readings.count }
            if links != other.links { return links > other.links }
            if rowsAreLinks != other.rowsAreLinks { return rowsAreLinks }
            return depth < other.depth
        }
    }

    /// The rows a finder chose, read, and how it found them.
    struct Finding {
        var readings: [ListPageExtractor.RowReading]
        var rule: String?
    }

    /// The rows of the best group, together with its twins (same container and row signature
    /// under the same parent: lists split into several `<ul>` of five).
    func finding(in document: HTMLDocument) throws -> Finding {
        let containers = try document.select(Self.containerXPath).filter { !Self.isChrome($0) }
        var groups: [Group] = []
        for container in containers {
            groups += try candidateGroups(in: container)
        }
        guard let best = groups.max(by: { $0.isWorse(than: $1) }) else { return Finding(readings: [], rule: nil) }
        let rule = "auto: \(best.signature) rows under \(Self.signature(of: best.container))"
        return Finding(readings: groups.filter { Self.areTwins($0, best) }.flatMap(\.readings), rule: rule)
    }

    private func candidateGroups(in container: HTMLNode) throws -> [Group] {
        var bySignature: [String: [HTMLNode]] = [:]
        var order: [String] = []
        for child in container.children where child.isElement {
            let signature = Self.signature(of: child)
            if bySignature[signature] == nil { order.append(signature) }
            bySignature[signature, default: []].append(child)
        }
        return try order.compactMap { signature in
            // A row or two holding many links is a block around a page section: not read (its
            // date search would compare every link's text with the whole section's).
            guard let rows = bySignature[signature],
                rows.count >= Self.minimumRows || rows.allSatisfy(Self.holdsFewLinks)
            else { return nil }
            let readings = try rows.map { try extractor.read(row: $0, selectors: selectors, resolver: resolver) }
            let items = readings.compactMap { reading -> ListItem? in
                if case .item(let item) = reading { return item }
                return nil
            }
            guard Self.isList(items, rows: rows.count) else { return nil }
            let score = items.reduce(0) { total, item in
                total + min(item.title.count, Self.titleLengthCap) * (item.date == nil ? 1 : Self.dateWeight)
            }
            let links = rows.reduce(0) { $0 + (Self.linkCount($1)) }
            return Group(
                container: container, signature: signature, readings: readings, score: score,
                links: links, rowsAreLinks: rows.allSatisfy { $0.name == "a" }, depth: Self.depth(of: container))
        }
    }

    /// A row of a small list holds its article's link and perhaps an image link to the same
    /// page; a block holding more is a wrapper around a whole page section, not a row.
    static let smallRowMaximumLinks = 2

    /// The link after the most a small row may hold.
    static let extraLinkXPath = "(.//a[@href])[\(smallRowMaximumLinks + 1)]"

    static func holdsFewLinks(_ row: HTMLNode) -> Bool {
        row.name == "a" || ((try? row.select(extraLinkXPath).isEmpty) ?? false)
    }

    static func depth(of node: HTMLNode) -> Int {
        var depth = 0
        var current = node.parent
        while let element = current {
            depth += 1
            current = element.parent
        }
        return depth
    }

    /// The links in a row (a row that is a link counts as one).
    static func linkCount(_ row: HTMLNode) -> Int {
        row.name == "a" ? 1 : ((try? row.select(ListPageExtractor.anyLinkXPath).count) ?? 0)
    }

    /// Three linked rows, or one or two that are all dated article links; either way at least
    /// half of the group's rows.
    static func isList(_ items: [ListItem], rows: Int) -> Bool {
        guard !items.isEmpty, Double(items.count) >= Double(rows) * minimumLinkedShare else { return false }
        return items.count >= minimumRows
            || items.allSatisfy { $0.date != nil && $0.title.count >= smallRowMinimumTitle }
    }

    /// Tag plus sorted classes: rows of one list share it, a list's header row usually not.
    /// Classes that differ from row to row by design are left out (`RowClass`).
    static func signature(of node: HTMLNode) -> String {
        let classes = (node.attribute("class") ?? "").split(whereSeparator: \.isWhitespace)
            .map(String.init).filter { !RowClass.isPerRow($0) }.sorted()
        return ([node.name] + classes).joined(separator: ".")
    }

    static func areTwins(_ group: Group, _ best: Group) -> Bool {
        if group.container.isSameNode(as: best.container) { return group.signature == best.signature }
        guard group.signature == best.signature,
            signature(of: group.container) == signature(of: best.container),
            let parent = group.container.parent, let bestParent = best.container.parent
        else { return false }
        return parent.isSameNode(as: bestParent)
    }

    /// Whether `node` or an ancestor is navigation, header or footer by tag, class or id.
    static func isChrome(_ node: HTMLNode) -> Bool {
        var current: HTMLNode? = node
        while let element = current {
            if ExtractionMarkers.listChromeTags.contains(element.name) { return true }
            let words = [element.attribute("class"), element.attribute("id")].compactMap { $0 }
                .flatMap { $0.lowercased().split(whereSeparator: { $0.isWhitespace || $0 == "-" || $0 == "_" }) }
            if words.contains(where: { ExtractionMarkers.listChromeWords.contains(String($0)) }) { return true }
            current = element.parent
        }
        return false
    }
}
