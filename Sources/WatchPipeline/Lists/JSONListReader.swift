import Foundation
import WatchCore
import WatchExtract

/// Reads a JSON list API through the source's `JSONListMapping`: one row per element of
/// `items`, the whole article when a row carries its body, and the list's `total` for paging.
public struct JSONListReader: ListReader {
    public let mapping: JSONListMapping
    let clock: any WallClock

    public init(mapping: JSONListMapping, clock: any WallClock = SystemClock()) {
        self.mapping = mapping
        self.clock = clock
    }

    public func read(_ response: HTTPResponse, page: Int, source: SourceConfig) throws -> ListReading {
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: Data(response.body), options: [.fragmentsAllowed])
        } catch {
            return .refused("the list is not JSON (\(response.body.count) bytes)")
        }
        guard JSONPath.value(mapping.items, in: root) is [Any] else {
            return .refused("the JSON list has no array at '\(mapping.items)'")
        }
        let rows = JSONPath.objects(mapping.items, in: root).compactMap { row(from: $0, base: response.finalURL) }
        let template = source.url
        let next =
            template.contains(JSONListMapping.pagePlaceholder) && !rows.isEmpty
            ? Self.pageURL(template, page: page + 1) : nil
        return .rows(rows, nextPageURL: next, total: JSONPath.integer(mapping.total, in: root))
    }

    /// Page `page` of a JSON source whose URL holds `{page}`.
    public static func pageURL(_ template: String, page: Int) -> String {
        template.replacingOccurrences(of: JSONListMapping.pagePlaceholder, with: String(page))
    }

    /// A row with a title and a link; `nil` otherwise.
    func row(from object: [String: Any], base: String) -> ListRow? {
        guard let title = JSONPath.text(mapping.title, in: object),
            let href = JSONPath.text(mapping.url, in: object),
            let url = Self.articleURL(href, base: base)
        else { return nil }
        let item = ListItem(url: url, title: title, date: date(of: object))
        return ListRow(item: item, article: article(from: object, item: item))
    }

    func date(of object: [String: Any]) -> Date? {
        if let date = JSONPath.text(mapping.date, in: object).flatMap(JSONDate.parse) { return date }
        // The CMS API writes the time twice; the milliseconds are there when the text is not.
        guard mapping.preset == .spbCMS else { return nil }
        return JSONPath.text("publishedTime", in: object).flatMap(JSONDate.parse)
    }

    /// `href` made absolute against the API's URL. An `http://` link to the API's own host when
    /// the API itself answered over https is taken as https: the bureaus' API writes `http://`
    /// links whose pages answer 301 to https (SITES.md), and the record's URL should be the one
    /// that answers.
    public static func articleURL(_ href: String, base: String) -> String? {
        guard let baseURL = URL(string: base),
            let resolved = URL(string: href, relativeTo: baseURL)?.absoluteURL,
            var components = URLComponents(url: resolved, resolvingAgainstBaseURL: true),
            let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
            components.host?.isEmpty == false
        else { return nil }
        if scheme == "http", baseURL.scheme?.lowercased() == "https",
            components.host?.lowercased() == baseURL.host?.lowercased(), components.port == nil
        {
            components.scheme = "https"
        }
        components.fragment = nil
        return components.string
    }
}
