import Foundation
import LibXML

/// Finds the link to a list's next page, and predicts the page URLs of the two CMS families
/// the bureaus run on.
enum ListPagination {
    /// `rel="next"` on a link or anchor is the most explicit statement there is.
    static let relNextXPath = "//link[@rel='next']/@href | //a[@rel='next']/@href"
    static let anchorXPath = "//a[@href]"
    static let scriptXPath = "//script"
    /// The bureaus' current CMS shows ~10 rows on a list's first page and links the rest from a
    /// "more" page (`<a class="listmore" href="…common_listmore.shtml?channelId=…">`, SITES.md).
    static let listMoreXPath = "//a[contains(concat(' ', normalize-space(@class), ' '), ' listmore ')]/@href"
    /// Anchor texts (whitespace removed, lower case) that mean "next page". `»` and `>>` are
    /// left out: templates use them for "last page" as often as for "next".
    static let nextLabels: Set<String> = [
        "下一页", "下页", "下一頁", "下頁", "后一页", "next", "nextpage", ">", "›", "next›", "next»", "next>",
    ]
    /// TRS WCM pages write their pager from `createPageHTML(total, current, "index", "html")`,
    /// with `current` counted from 0 and page n ≥ 1 at `index_n.html`. Newer templates put a
    /// container id first (`createPageHTML('page_div', 5, 0, 'index', 'html', 68)`), and some
    /// pass variables (`var countPage = 5`) instead of numbers.
    static let trsPagerPattern =
        #"createPageHTML\(\s*(?:["'][^"']*["']\s*,\s*)?(\w+)\s*,\s*(\w+)\s*,\s*["']([\w-]+)["']\s*,\s*["'](\w+)["']"#
    private static let trsPager = try! NSRegularExpression(pattern: trsPagerPattern)

    /// The next page's absolute URL, or `nil` when the page shows no next page.
    static func nextPageURL(in document: HTMLDocument, pageURL: String, resolver: ListLinkResolver) -> String? {
        let current = resolver.resolve(pageURL)
        let isNew = { (url: String?) -> String? in url.flatMap { $0 == current ? nil : $0 } }
        if let href = (try? document.select(relNextXPath))?.first?.text, let url = isNew(resolver.resolve(href)) {
            return url
        }
        for anchor in (try? document.select(anchorXPath)) ?? [] where isNextLabel(anchor) {
            if let url = anchor.attribute("href").flatMap(resolver.resolve).flatMap(isNew) { return url }
        }
        for script in (try? document.select(scriptXPath)) ?? [] {
            if let url = trsNextPage(script: script.text, pageURL: pageURL, resolver: resolver) { return isNew(url) }
        }
        if let href = (try? document.select(listMoreXPath))?.first?.text, let url = isNew(resolver.resolve(href)) {
            return url
        }
        return nil
    }

    static func isNextLabel(_ anchor: HTMLNode) -> Bool {
        let label = { (text: String) in text.filter { !$0.isWhitespace }.lowercased() }
        return nextLabels.contains(label(anchor.text)) || nextLabels.contains(label(anchor.attribute("title") ?? ""))
    }

    /// The page after the current one per a TRS `createPageHTML` call, if there is one.
    static func trsNextPage(script: String, pageURL: String, resolver: ListLinkResolver) -> String? {
        let range = NSRange(script.startIndex..., in: script)
        guard let match = trsPager.firstMatch(in: script, range: range) else { return nil }
        let group = { (index: Int) in Range(match.range(at: index), in: script).map { String(script[$0]) } ?? "" }
        guard let total = number(group(1), in: script), let current = number(group(2), in: script),
            current + 1 < total
        else { return nil }
        return resolver.resolve("\(group(3))_\(current + 1).\(group(4))")
    }

    /// A pager argument: a number, or a variable the script assigns a number to.
    static func number(_ argument: String, in script: String) -> Int? {
        if let value = Int(argument) { return value }
        let assignment =
            #"\b(?:var|let|const)?\s*"# + NSRegularExpression.escapedPattern(for: argument) + #"\s*=\s*(\d+)"#
        guard let regex = try? NSRegularExpression(pattern: assignment),
            let match = regex.firstMatch(in: script, range: NSRange(script.startIndex..., in: script)),
            let range = Range(match.range(at: 1), in: script)
        else { return nil }
        return Int(script[range])
    }

    /// The two URL families: `…/common_list.shtml` (page n at `common_list_n.shtml`, n ≥ 2)
    /// and TRS `…/index.html` (page n at `index_(n-1).html`, n ≥ 2).
    static let commonListPattern = #"^(.*/common_list)(?:_\d+)?\.shtml$"#
    static let trsIndexPattern = #"^(.*/index)(?:_\d+)?\.(html?|shtml)$"#

    /// The URL of page `number` (1-based) of the list whose first page is `firstPage`, or
    /// `nil` when the URL follows neither family.
    static func pageURL(_ firstPage: String, number: Int) -> String? {
        var base = firstPage
        if base.hasSuffix("/") { base += "index.html" }
        if let stem = capture(commonListPattern, in: base) {
            return number <= 1 ? stem[0] + ".shtml" : "\(stem[0])_\(number).shtml"
        }
        if let stem = capture(trsIndexPattern, in: base) {
            return number <= 1 ? "\(stem[0]).\(stem[1])" : "\(stem[0])_\(number - 1).\(stem[1])"
        }
        return nil
    }

    private static func capture(_ pattern: String, in text: String) -> [String]? {
        guard let regex = try? NSRegularExpression(pattern: pattern),
            let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text))
        else { return nil }
        return (1..<match.numberOfRanges).map { index in
            Range(match.range(at: index), in: text).map { String(text[$0]) } ?? ""
        }
    }
}
