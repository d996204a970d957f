import Foundation
import WatchCore
import WatchExtract

/// A "soft 404": a CMS that answers 200 with an error page ("页面不存在或已被删除") for an article
/// that is gone. Such a page counts as a 404 (two in a row remove the article), never as a new
/// version holding the error text.
enum SoftNotFoundPage {
    /// What the bureaus' and mirrors' error pages say, in their title or their one line of text.
    static let markers = ["页面不存在", "已删除", "已被删除", "找不到", "404"]

    /// Most characters of text an error page carries; a real article says more, so an article
    /// that merely mentions "已删除" is never taken for an error page.
    static let maxTextLength = 120

    /// Bytes of the page searched for its `<title>` when nothing was extracted.
    static let titleSearchBytes = 8_192

    /// Whether the extracted articles (or, when none was found, the page's `<title>`) are an error page.
    static func isErrorPage(_ articles: [ExtractedArticle], page: DecodedPage) -> Bool {
        guard !articles.isEmpty else { return title(of: page).map(saysGone) ?? false }
        return articles.allSatisfy { article in
            article.attachments.isEmpty && article.body.count <= maxTextLength
                && (saysGone(article.title) || saysGone(article.body))
        }
    }

    static func saysGone(_ text: String) -> Bool {
        markers.contains { text.contains($0) }
    }

    /// The page's `<title>` text, when the page is UTF-8 (the decoder converts it when it can).
    static func title(of page: DecodedPage) -> String? {
        guard page.encoding.uppercased().replacingOccurrences(of: "-", with: "") == "UTF8" else { return nil }
        let head = String(decoding: page.bytes.prefix(titleSearchBytes), as: UTF8.self)
        guard let open = head.range(of: "<title", options: .caseInsensitive),
            let start = head[open.upperBound...].firstIndex(of: ">"),
            let close = head.range(of: "</title>", options: .caseInsensitive, range: start..<head.endIndex)
        else { return nil }
        return String(head[head.index(after: start)..<close.lowerBound])
    }
}
