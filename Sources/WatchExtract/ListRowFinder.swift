import LibXML

/// Finds the rows of a list page without selectors: among all groups of sibling elements that
/// share a tag and class (`li`, `tr`, `dd`, `div.item`…), the one that looks most like a list
/// of articles.
struct ListRowFinder {
    /// Elements with at least this many element children can hold a list.
    static let minimumRows = 3
    /// Not only under `<body>`: libxml2 leaves content under `<head>` on some broken pages
    /// (an `<object>` before `<body>` keeps everything inside it there).
    static let containerXPath = "//*[count(*) >= \(minimumRows)]"
    /// Lists inside these elements are site chrome.
    static let chromeTags: Set<String> = ["nav", "header", "footer", "aside", "script", "select"]
    /// Class or id words (split on space, `-`, `_`) that mark menus, headers, footers and
    /// breadcrumbs in templates that predate `<nav>`.
    static let chromeWords: Set<String> = [
        "nav", "navbar", "navigation", "menu", "menus", "footer", "foot", "header",
        "topbar", "breadcrumb", "crumb", "crumbs", "banner", "copyright", "friendlink", "yqlj",
        "position", "location", "pager", "pagination", "paging",
    ]
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
        let items: [ListItem]
        let score: Int
    }

    /// The items of the best group, together with its twins (same container and row signature
    /// under the same parent: lists split into several `<ul>` of five).
    func items(in document: HTMLDocument) throws -> [ListItem] {
        let containers = try document.select(Self.containerXPath).filter { !Self.isChrome($0) }
        var groups: [Group] = []
        for container in containers {
            groups += try candidateGroups(in: container)
        }
        guard let best = groups.max(by: { $0.score < $1.score }) else { return [] }
        return groups.filter { Self.areTwins($0, best) }.flatMap(\.items)
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
            guard let rows = bySignature[signature], rows.count >= Self.minimumRows else { return nil }
            let items = try rows.compactMap { try extractor.item(from: $0, selectors: selectors, resolver: resolver) }
            guard items.count >= Self.minimumRows,
                  Double(items.count) >= Double(rows.count) * Self.minimumLinkedShare else { return nil }
            let score = items.reduce(0) { total, item in
                total + min(item.title.count, Self.titleLengthCap) * (item.date == nil ? 1 : Self.dateWeight)
            }
            return Group(container: container, signature: signature, items: items, score: score)
        }
    }

    /// Tag plus sorted classes: rows of one list share it, a list's header row usually not.
    static func signature(of node: HTMLNode) -> String {
        let classes = (node.attribute("class") ?? "").split(whereSeparator: \.isWhitespace).sorted()
        return ([node.name] + classes.map(String.init)).joined(separator: ".")
    }

    static func areTwins(_ group: Group, _ best: Group) -> Bool {
        if group.container.isSameNode(as: best.container) { return group.signature == best.signature }
        guard group.signature == best.signature,
              signature(of: group.container) == signature(of: best.container),
              let parent = group.container.parent, let bestParent = best.container.parent else { return false }
        return parent.isSameNode(as: bestParent)
    }

    /// Whether `node` or an ancestor is navigation, header or footer by tag, class or id.
    static func isChrome(_ node: HTMLNode) -> Bool {
        var current: HTMLNode? = node
        while let element = current {
            if chromeTags.contains(element.name) { return true }
            let words = [element.attribute("class"), element.attribute("id")].compactMap { $0 }
                .flatMap { $0.lowercased().split(whereSeparator: { $0.isWhitespace || $0 == "-" || $0 == "_" }) }
            if words.contains(where: { chromeWords.contains(String($0)) }) { return true }
            current = element.parent
        }
        return false
    }
}
