import Foundation
import LibXML
import WatchCore

/// Finds the article links of a list page (a bureau's 行业动态, a mirror's category page).
///
/// With the source's selectors, `item` picks the rows and `link`, `title`, `date` are looked
/// for inside each row. Without `item`, the rows are found automatically (`ListRowFinder`):
/// the largest repeated block of sibling rows that each hold a link, preferring rows with
/// dates and long link texts. Either way links are made absolute against the page URL (or its
/// `<base href>`), lose their fragment, must stay on the page's host, and appear once.
public struct ListPageExtractor: Sendable {
    /// Any link in a row, when the source names none.
    static let anyLinkXPath = ".//a[@href]"

    public init() {}

    /// The article links and the next page's URL; when there are none, `diagnosis` says why.
    /// - Throws: `ListPageError` for a page URL that is not absolute http(s) or a bad selector.
    public func links(
        in document: HTMLDocument, pageURL: String,
        selectors: SourceSelectors
    ) throws -> ListPage {
        let resolver = try ListLinkResolver(pageURL: pageURL, document: document)
        let compiled = try CompiledRowSelectors(selectors)
        let finding: ListRowFinder.Finding
        if let item = compiled.item {
            let rows = try Self.select(item, field: "item", in: document)
            let readings = try rows.map { try self.read(row: $0, selectors: compiled, resolver: resolver) }
            finding = ListRowFinder.Finding(readings: readings, rule: "selectors.item \"\(selectors.item ?? "")\"")
        } else {
            finding = try ListRowFinder(extractor: self, selectors: compiled, resolver: resolver).finding(in: document)
        }
        let next = ListPagination.nextPageURL(in: document, pageURL: pageURL, resolver: resolver)
        var page = Self.page(from: finding, next: next)
        if page.items.isEmpty { page.diagnosis = ListPageDiagnosis.why(document: document, resolver: resolver) }
        return page
    }

    /// The page a finding makes: its items in order, each URL once; the rest as dropped rows.
    static func page(from finding: ListRowFinder.Finding, next: String?) -> ListPage {
        var seen: Set<String> = []
        var items: [ListItem] = []
        var dropped: [DroppedRow] = []
        for reading in finding.readings {
            switch reading {
            case .item(let item) where seen.insert(item.url).inserted: items.append(item)
            case .item(let item):
                dropped.append(DroppedRow(text: item.title, href: item.url, reason: "duplicate of an earlier row"))
            case .dropped(let row): dropped.append(row)
            }
        }
        return ListPage(items: items, nextPageURL: next, rule: items.isEmpty ? nil : finding.rule, dropped: dropped)
    }

    /// The list item one row yields, or `nil` when it holds no usable link.
    func item(from row: HTMLNode, selectors: CompiledRowSelectors, resolver: ListLinkResolver) throws -> ListItem? {
        if case .item(let item) = try read(row: row, selectors: selectors, resolver: resolver) { return item }
        return nil
    }

    /// The list item one row yields, or why it yields none.
    func read(row: HTMLNode, selectors: CompiledRowSelectors, resolver: ListLinkResolver) throws -> RowReading {
        var anchors = try Self.select(selectors.link ?? Self.anyLinkXPath, field: "link", in: row)
        if anchors.isEmpty && row.name == "a" { anchors = [row] }
        let linked = anchors.compactMap { anchor in
            anchor.attribute("href").flatMap(resolver.resolve).map { (ListAnchor(anchor), $0) }
        }
        // With a link selector its first match is the link; otherwise the row's most telling
        // link, the one with the longest text (not "更多" or an icon).
        let chosen = selectors.link != nil ? linked.first : linked.max { $0.0.title.count < $1.0.title.count }
        guard let (anchor, url) = chosen else {
            let href = anchors.lazy.compactMap { $0.attribute("href") }.first
            let reason = href.map { resolver.rejection(of: $0).reason } ?? "no link"
            return .dropped(DroppedRow(text: ListText.collapsed(row.text), href: href, reason: reason))
        }
        var title = anchor.title
        if let titleXPath = selectors.title,
            let node = try Self.select(titleXPath, field: "title", in: row).first
        {
            title = node.name == "a" ? ListAnchor(node).title : ListText.collapsed(node.text)
        }
        guard !title.isEmpty else { return .dropped(DroppedRow(text: "", href: url, reason: "no title")) }
        let date =
            try date(in: row, anchors: anchors, selectors: selectors, url: url)
            ?? anchor.dateText.flatMap { ListDateParser.date(in: $0, articleURL: url) }
        return .item(ListItem(url: url, title: title, date: date))
    }

    /// What one row gives.
    enum RowReading {
        case item(ListItem)
        case dropped(DroppedRow)
    }

    /// The row's date: from the `date` selector's text, else from the row's text outside its
    /// links (a title such as "2024年7月18日召开…" must not pass for a date).
    private func date(
        in row: HTMLNode, anchors: [HTMLNode], selectors: CompiledRowSelectors,
        url: String
    ) throws -> Date? {
        if let dateXPath = selectors.date {
            let text = try Self.select(dateXPath, field: "date", in: row).map(\.text).joined(separator: " ")
            return ListDateParser.date(in: text, articleURL: url)
        }
        let outside = ListText.removing(anchors.map(\.text), from: row.text)
        return ListDateParser.date(in: outside, articleURL: url)
    }

    static func select(_ xpath: String, field: String, in node: HTMLNode) throws -> [HTMLNode] {
        do { return try node.select(xpath) } catch { throw ListPageError.badXPath(field: field, expression: xpath) }
    }

    static func select(_ xpath: String, field: String, in document: HTMLDocument) throws -> [HTMLNode] {
        do { return try document.select(xpath) } catch { throw ListPageError.badXPath(field: field, expression: xpath) }
    }
}
