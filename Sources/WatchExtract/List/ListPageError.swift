/// Why a list page could not be read, or why it yields no article row.
public enum ListPageError: Error, Hashable, CustomStringConvertible {
    /// The page URL is not an absolute http(s) URL, so no link can be resolved against it.
    case invalidPageURL(String)
    /// A selector from the source's `selectors:` is malformed.
    case badSelector(field: String, CSSSelectorError)
    /// A selector compiled, but libxml2 rejected the XPath (usually a hand-written XPath).
    case badXPath(field: String, expression: String)
    /// The page answered 200 with no body at all.
    case emptyPage
    /// The page holds no link at all (a block page, a script-drawn list, an error page).
    case noLinks
    /// Every link leads to another site: `hosts` (the first few, sorted). `baseHref` is the
    /// page's `<base href>` when it moved relative links to another host.
    case offSiteLinks(hosts: [String], baseHref: String?)
    /// The page links within the site, but only from menus, headers, footers or rows that do not
    /// look like articles (short undated titles); `links` counts them.
    case onlyNavigation(links: Int)
    /// A login, captcha or bot-challenge page stands where the list should be; `evidence` says
    /// what gave it away.
    case wall(evidence: String)

    public var description: String {
        switch self {
        case .invalidPageURL(let url): "list page URL is not an absolute http(s) URL: \(url)"
        case .badSelector(let field, let error): "selectors.\(field): \(error)"
        case .badXPath(let field, let expression): "selectors.\(field): invalid XPath \(expression)"
        case .emptyPage: "the list page is empty (200 with no body)"
        case .noLinks: "no article links on the list page: it has no links at all"
        case .offSiteLinks(let hosts, let baseHref):
            "no article links on the list page: every link leads off the site (to \(hosts.joined(separator: ", ")))"
                + (baseHref.map { "; its <base href=\"\($0)\"> moves relative links to another host" } ?? "")
        case .onlyNavigation(let links):
            "no article links on the list page: its \(links) on-site links are all navigation "
                + "(menus, header, footer, or short undated rows)"
        case .wall(let evidence): "the list page is a login or captcha wall, not a list (\(evidence))"
        }
    }
}
