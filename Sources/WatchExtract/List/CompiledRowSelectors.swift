import Foundation
import WatchCore

/// A source's list selectors compiled to XPath once per page: `item` from the document root,
/// `link`, `title` and `date` from inside a row.
struct CompiledRowSelectors {
    var item: String?
    var link: String?
    var title: String?
    var date: String?

    init(_ selectors: SourceSelectors) throws {
        item = try Self.compile(selectors.item, field: "item", scope: .document)
        link = try Self.compile(selectors.link, field: "link", scope: .node)
        title = try Self.compile(selectors.title, field: "title", scope: .node)
        date = try Self.compile(selectors.date, field: "date", scope: .node)
    }

    private static func compile(_ selector: String?, field: String, scope: CSSSelector.Scope) throws -> String? {
        guard let selector, !selector.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        do {
            return try CSSSelector.xpath(for: selector, scope: scope)
        } catch let error as CSSSelectorError {
            throw ListPageError.badSelector(field: field, error)
        }
    }
}
