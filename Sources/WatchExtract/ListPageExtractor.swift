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

    /// The article links and the next page's URL.
    /// - Throws: `ListPageError` for a page URL that is not absolute http(s) or a bad selector.
    public func links(in document: HTMLDocument, pageURL: String,
                      selectors: SourceSelectors) throws -> ListPage {
        let resolver = try ListLinkResolver(pageURL: pageURL, document: document)
        let compiled = try CompiledRowSelectors(selectors)
        let items: [ListItem]
        if let item = compiled.item {
            let rows = try Self.select(item, field: "item", in: document)
            items = try rows.compactMap { try self.item(from: $0, selectors: compiled, resolver: resolver) }
        } else {
            items = try ListRowFinder(extractor: self, selectors: compiled, resolver: resolver).items(in: document)
        }
        let next = ListPagination.nextPageURL(in: document, pageURL: pageURL, resolver: resolver)
        return ListPage(items: Self.deduplicated(items), nextPageURL: next)
    }

    /// The list item one row yields, or `nil` when it holds no usable link.
    func item(from row: HTMLNode, selectors: CompiledRowSelectors, resolver: ListLinkResolver) throws -> ListItem? {
        var anchors = try Self.select(selectors.link ?? Self.anyLinkXPath, field: "link", in: row)
        if anchors.isEmpty && row.name == "a" { anchors = [row] }
        let linked = anchors.compactMap { anchor in
            anchor.attribute("href").flatMap(resolver.resolve).map { (ListAnchor(anchor), $0) }
        }
        // With a link selector its first match is the link; otherwise the row's most telling
        // link, the one with the longest text (not "更多" or an icon).
        let chosen = selectors.link != nil ? linked.first : linked.max { $0.0.title.count < $1.0.title.count }
        guard let (anchor, url) = chosen else { return nil }
        var title = anchor.title
        if let titleXPath = selectors.title,
           let node = try Self.select(titleXPath, field: "title", in: row).first {
            title = node.name == "a" ? ListAnchor(node).title : ListText.collapsed(node.text)
        }
        guard !title.isEmpty else { return nil }
        let date = try date(in: row, anchors: anchors, selectors: selectors, url: url)
            ?? anchor.dateText.flatMap { ListDateParser.date(in: $0, articleURL: url) }
        return ListItem(url: url, title: title, date: date)
    }

    /// The row's date: from the `date` selector's text, else from the row's text outside its
    /// links (a title such as "2024年7月18日召开…" must not pass for a date).
    private func date(in row: HTMLNode, anchors: [HTMLNode], selectors: CompiledRowSelectors,
                      url: String) throws -> Date? {
        if let dateXPath = selectors.date {
            let text = try Self.select(dateXPath, field: "date", in: row).map(\.text).joined(separator: " ")
            return ListDateParser.date(in: text, articleURL: url)
        }
        let outside = ListText.removing(anchors.map(\.text), from: row.text)
        return ListDateParser.date(in: outside, articleURL: url)
    }

    static func deduplicated(_ items: [ListItem]) -> [ListItem] {
        var seen: Set<String> = []
        return items.filter { seen.insert($0.url).inserted }
    }

    static func select(_ xpath: String, field: String, in node: HTMLNode) throws -> [HTMLNode] {
        do { return try node.select(xpath) } catch { throw ListPageError.badXPath(field: field, expression: xpath) }
    }

    static func select(_ xpath: String, field: String, in document: HTMLDocument) throws -> [HTMLNode] {
        do { return try document.select(xpath) } catch { throw ListPageError.badXPath(field: field, expression: xpath) }
    }
}
