import Foundation
import LibXML
import WatchCore

/// Reads one article page: government meta tags first, then the source's `body` selector,
/// then the generic main-content extractor; title, day (Asia/Shanghai, never in the future),
/// publisher, attachments, document number and a mirror's `原文链接`.
public struct ArticleExtractor: Sendable {
    /// The zone of pages' dates: the bureaus publish in China time.
    public static let shanghai = TimeZone(identifier: "Asia/Shanghai")!

    public let timeZone: TimeZone

    public init(timeZone: TimeZone = ArticleExtractor.shanghai) {
        self.timeZone = timeZone
    }

    /// One article, or several for a digest page. `now` bounds dates: none is ever later.
    public func extract(document: HTMLDocument, url: String, selectors: SourceSelectors, now: Date) -> [ExtractedArticle] {
        extractDetailed(document: document, url: url, selectors: selectors, now: now).map(\.article)
    }

    /// Like `extract`, with each article's day as written on the page.
    public func extractDetailed(document: HTMLDocument, url: String, selectors: SourceSelectors,
                                now: Date) -> [ArticleExtraction] {
        let snapshot = document.snapshot()
        let page = PageText(snapshot: snapshot)
        let meta = MetaTags(snapshot: snapshot)
        let body = BodyLocator(document: document).body(of: page, selectors: selectors)
        let title = TitleFinder().title(meta: meta, page: page)
        let titleLine = Self.titleLine(title, in: page)
        let context = DateFinder.Context(meta: meta, page: page, titleLine: titleLine, body: body.lineIndices,
                                         url: url, today: DayStamp.day(of: now, in: timeZone))
        let day = DateFinder().day(in: context)
        let paragraphs = body.lineIndices.filter { $0 != titleLine }.map { page.lines[$0].text }
        let article = ExtractedArticle(url: url, title: title, published: day?.date(in: timeZone),
                                       paragraphs: paragraphs)
        return [ArticleExtraction(article: article, day: day)]
    }

    /// The line that carries the title, when the page repeats it above the body.
    static func titleLine(_ title: String, in page: PageText) -> Int? {
        guard !title.isEmpty else { return nil }
        return page.lines.firstIndex { $0.text == title }
    }
}
