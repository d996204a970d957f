import LibXML

/// Why a list page yields no article row, read from the page itself: a wall, no links, links
/// that all leave the site (and whether a `<base href>` made them), or navigation only.
enum ListPageDiagnosis {
    /// Every link of the page.
    static let linkXPath = "//a[@href]/@href"
    /// How many other hosts an off-site error names.
    static let namedHosts = 3
    /// Phrases of login, captcha and bot-challenge pages (Chinese WAFs, Cloudflare and the like),
    /// lower case. Read only on a page with no dated row: a real list may mention 验证码 in a title.
    static let challengePhrases = [
        "验证码", "安全验证", "人机验证", "滑动验证", "访问验证", "安全检查", "请开启javascript", "请启用javascript",
        "请先登录", "登录后查看", "访问被拒绝", "checking your browser", "just a moment", "enable javascript and cookies",
        "access denied", "captcha", "are you a robot",
    ]
    /// The page's text outside scripts and styles (challenge pages are mostly script).
    static let visibleTextXPath = "//text()[not(ancestor::script or ancestor::style)]"
    /// A challenge page is short; a long page that mentions a phrase is content.
    static let challengeMaximumText = 2000

    /// The reason, when the page is a wall or holds no qualifying row.
    static func why(document: HTMLDocument, resolver: ListLinkResolver) -> ListPageError {
        if let evidence = wallEvidence(in: document, allowPhrases: true) { return .wall(evidence: evidence) }
        let hrefs = ((try? document.select(linkXPath)) ?? []).map(\.text)
        var onSite = 0
        var offSiteHosts: Set<String> = []
        for href in hrefs {
            if resolver.resolve(href) != nil {
                onSite += 1
            } else if case .offSite(let host) = resolver.rejection(of: href) {
                offSiteHosts.insert(host)
            }
        }
        if onSite > 0 { return .onlyNavigation(links: onSite) }
        if !offSiteHosts.isEmpty {
            return .offSiteLinks(
                hosts: Array(offSiteHosts.sorted().prefix(namedHosts)), baseHref: resolver.foreignBaseHref)
        }
        return .noLinks
    }

    /// What marks the page as a wall: a password or captcha field, or (when `allowPhrases`) a
    /// short page whose title or text holds a challenge phrase.
    static func wallEvidence(in document: HTMLDocument, allowPhrases: Bool) -> String? {
        if !((try? document.select(ListPageExtractor.wallFieldXPath)) ?? []).isEmpty {
            return "a password or captcha field"
        }
        guard allowPhrases, let nodes = try? document.select(visibleTextXPath) else { return nil }
        let text = ListText.collapsed(nodes.map(\.text).joined(separator: " "))
        guard text.count <= challengeMaximumText else { return nil }
        let lower = text.lowercased()
        return challengePhrases.first { lower.contains($0) }.map { "it says \"\($0)\"" }
    }
}
