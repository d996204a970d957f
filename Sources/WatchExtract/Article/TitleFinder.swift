import Foundation
import LibXML

/// Finds the article title: the government `ArticleTitle` tag, else the heading or Open Graph
/// title that agrees with `<title>`, else `<title>` without its site suffix
/// (`_国家邮政局`, `-通讯邮递调研网`, `| 物流报`).
struct TitleFinder: Sendable {
    /// What separates a page title from the site name.
    static let siteSeparators = ["_", "|", "｜", " - ", " – ", " — ", "-", "——", " :: ", " · "]
    /// Meta tags that name the article, in order of trust.
    static let metaTitles = [MetaTags.articleTitle, "og:title", "twitter:title", "headline"]

    func title(meta: MetaTags, page: PageText) -> String {
        if let government = meta.values[MetaTags.articleTitle] { return government }
        let pageTitle = meta.pageTitle ?? ""
        let bare = Self.strippingSiteSuffix(pageTitle)
        let candidates = headings(in: page) + Self.metaTitles.compactMap { meta.values[$0] }
        if let exact = candidates.first(where: { $0 == bare }) { return exact }
        if let agreeing = candidates.first(where: { agrees($0, with: pageTitle, bare: bare) }) { return agreeing }
        if !bare.isEmpty { return bare }
        return candidates.first ?? ""
    }

    /// `h1` then `h2` texts outside chrome, in document order within each level.
    func headings(in page: PageText) -> [String] {
        let nodes = page.snapshot.nodes
        var result: [String] = []
        for level in ["h1", "h2"] {
            guard let tagID = page.snapshot.tagID(of: level) else { continue }
            for index in nodes.indices where nodes[index].tagID == tagID && !page.excluded[index] {
                let text = TextMeasure.collapsingSpaces(page.snapshot.text(of: index))
                if !text.isEmpty { result.append(text) }
            }
        }
        return result
    }

    func agrees(_ candidate: String, with pageTitle: String, bare: String) -> Bool {
        guard candidate.count >= 4 else { return false }
        // A heading that is the site's name (the part `bare` dropped) does not agree.
        return pageTitle.hasPrefix(candidate) || (bare.count >= 4 && candidate.hasPrefix(bare))
    }

    /// `title` minus a trailing (or, when longer, leading) site name part.
    static func strippingSiteSuffix(_ title: String) -> String {
        for separator in siteSeparators {
            guard let cut = title.range(of: separator, options: .backwards) else { continue }
            let head = title[..<cut.lowerBound].trimmingCharacters(in: .whitespaces)
            let tail = title[cut.upperBound...].trimmingCharacters(in: .whitespaces)
            guard !head.isEmpty, !tail.isEmpty else { continue }
            return head.count >= tail.count ? head : tail
        }
        return title
    }
}
