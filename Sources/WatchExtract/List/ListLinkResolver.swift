import Foundation
import LibXML

/// Makes list links absolute against the page (or its `<base href>`) and keeps only those that
/// lead to an http(s) page on the list's own host.
struct ListLinkResolver {
    /// `<base href>` changes what relative links are relative to.
    static let baseHrefXPath = "//head/base[@href]/@href | //base[@href]/@href"

    let base: URL
    let host: String
    /// The `<base href>` as written, when it points at another host than the page.
    let foreignBaseHref: String?

    init(pageURL: String, document: HTMLDocument?) throws {
        guard let page = URL(string: pageURL.trimmingCharacters(in: .whitespaces)),
            let scheme = page.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = page.host, !host.isEmpty
        else { throw ListPageError.invalidPageURL(pageURL) }
        self.host = Self.siteHost(host)
        var base = page
        var foreign: String?
        if let href = (try? document?.select(Self.baseHrefXPath))??.first?.text,
            let declared = URL(string: href.trimmingCharacters(in: .whitespacesAndNewlines), relativeTo: page)
        {
            base = declared.absoluteURL
            if let baseHost = base.host, Self.siteHost(baseHost) != self.host { foreign = href }
        }
        self.base = base
        foreignBaseHref = foreign
    }

    /// Why `resolve` refuses `href`: the other site's host, or what kind of link it is.
    func rejection(of href: String) -> LinkRejection {
        let trimmed = href.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { return .notAPage("an in-page link") }
        guard let url = URL(string: trimmed, relativeTo: base)?.absoluteURL,
            let scheme = url.scheme?.lowercased()
        else { return .notAPage("an unreadable link") }
        guard scheme == "http" || scheme == "https" else { return .notAPage("a \(scheme): link") }
        guard let host = url.host?.lowercased(), Self.siteHost(host) == self.host else {
            return .offSite(url.host?.lowercased() ?? "")
        }
        return .notAPage("an unreadable link")
    }

    /// What is wrong with a link `resolve` refuses.
    enum LinkRejection: Equatable {
        /// It leads to this other host.
        case offSite(String)
        /// It is no web page: `javascript:`, `mailto:`, a fragment.
        case notAPage(String)

        var reason: String {
            switch self {
            case .offSite(let host): "link to another site (\(host))"
            case .notAPage(let kind): "\(kind), not an article"
            }
        }
    }

    /// The absolute URL of `href` without its fragment, or `nil` for `javascript:`, `mailto:`,
    /// empty and fragment-only links and links to other hosts.
    func resolve(_ href: String) -> String? {
        let trimmed = href.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, !trimmed.hasPrefix("#"),
            let url = URL(string: trimmed, relativeTo: base)?.absoluteURL,
            let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = url.host, Self.siteHost(host) == self.host,
            var components = URLComponents(url: url, resolvingAgainstBaseURL: false)
        else { return nil }
        components.fragment = nil
        components.scheme = scheme
        components.host = host.lowercased()
        return components.string
    }

    /// Hosts compare case-insensitively and with or without a leading `www.`, which sites
    /// serve interchangeably.
    static func siteHost(_ host: String) -> String {
        let lower = host.lowercased()
        return lower.hasPrefix("www.") ? String(lower.dropFirst(4)) : lower
    }
}
