import Foundation
import LibXML

/// Makes list links absolute against the page (or its `<base href>`) and keeps only those that
/// lead to an http(s) page on the list's own host.
struct ListLinkResolver {
    /// `<base href>` changes what relative links are relative to.
    static let baseHrefXPath = "//head/base[@href]/@href | //base[@href]/@href"

    let base: URL
    let host: String

    init(pageURL: String, document: HTMLDocument?) throws {
        guard let page = URL(string: pageURL.trimmingCharacters(in: .whitespaces)),
              let scheme = page.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = page.host, !host.isEmpty
        else { throw ListPageError.invalidPageURL(pageURL) }
        self.host = Self.siteHost(host)
        var base = page
        if let href = (try? document?.select(Self.baseHrefXPath))??.first?.text,
           let declared = URL(string: href.trimmingCharacters(in: .whitespacesAndNewlines), relativeTo: page) {
            base = declared.absoluteURL
        }
        self.base = base
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
