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
    public func extract(document: HTMLDocument, url: String, selectors: SourceSelectors, now: Date)
        -> [ExtractedArticle]
    {
        extractDetailed(document: document, url: url, selectors: selectors, now: now).map(\.article)
    }

    /// Like `extract`, with each article's day as written on the page.
    public func extractDetailed(
        document: HTMLDocument, url: String, selectors: SourceSelectors,
        now: Date
    ) -> [ArticleExtraction] {
        extracted(from: document.snapshot(), document: document, url: url, selectors: selectors, now: now)
    }

    /// Like `extract`, from a page not yet parsed: a libxml2 tree is built only for a `body`
    /// selector (XPath needs one); otherwise the page is parsed straight into a snapshot.
    /// - Throws: `XMLError` when there is nothing to parse.
    public func extractDetailed(
        page: DecodedPage, url: String, selectors: SourceSelectors,
        now: Date
    ) throws -> [ArticleExtraction] {
        if selectors.body != nil {
            return extractDetailed(document: try page.document(), url: url, selectors: selectors, now: now)
        }
        return extracted(from: try page.snapshot(), document: nil, url: url, selectors: selectors, now: now)
    }

    /// The extraction itself; `document` is the tree `snapshot` was taken from, when there is one.
    func extracted(
        from snapshot: HTMLSnapshot, document: HTMLDocument?, url: String,
        selectors: SourceSelectors, now: Date
    ) -> [ArticleExtraction] {
        let page = PageText(snapshot: snapshot)
        let meta = MetaTags(snapshot: snapshot)
        let (body, warning) = BodyLocator(document: document).body(of: page, selectors: selectors)
        let title = TitleFinder().title(meta: meta, page: page)
        let titleLine = Self.titleLine(title, in: page)
        let header = DisclosureHeader(lines: page.lines)
        let context = DateFinder.Context(
            meta: meta, page: page, titleLine: titleLine, body: body.lineIndices,
            url: url, today: DayStamp.day(of: now, in: timeZone),
            titleNode: DateFinder.titleNode(title, in: snapshot), disclosed: header.publishedDay)
        let day = DateFinder().day(in: context)
        var kept = BodyTail.trimmed(body.lineIndices, page: page).filter {
            $0 != titleLine && !header.lineIndices.contains($0) && !BodyTail.isToolbarLabel(page.lines[$0])
        }
        // Searched on the whole page: the line is mostly a link, so the body may not hold it.
        let originalLine = page.lines.indices.first { OriginalLink.isOriginalLinkLine(page.lines[$0].text) }
        kept.removeAll { OriginalLink.isOriginalLinkLine(page.lines[$0].text) }
        kept = Self.droppingLeadingDatelines(kept, page: page)
        let raw = kept.map { PageWidgets.stripped(page.lines[$0].text) }.filter { !$0.isEmpty }
        // Metadata is read before the mirror chrome goes: the filter drops 来源 and date lines.
        let nearTitle = Self.datelineLines(page: page, titleLine: titleLine, body: body.lineIndices)
        let publisher = PublisherFinder().publisher(meta: meta, lines: nearTitle, closing: raw)
        // Control characters go here, once, so no file, feed or terminal ever receives them.
        let paragraphs = BoilerplateFilter.clean(raw).map { ControlCharacters.removed(from: $0, keepingLayout: true) }
        let article = ExtractedArticle(
            url: url, title: ControlCharacters.removed(from: title, keepingLayout: false),
            published: day?.date(in: timeZone),
            publisher: publisher.map { ControlCharacters.removed(from: $0, keepingLayout: false) },
            paragraphs: paragraphs,
            attachments: AttachmentFinder().attachments(in: page, regions: body.regions, base: url),
            documentNumber: header.documentNumber,
            originalURL: originalLine.flatMap { OriginalLink.url(ofLine: $0, in: page, base: url) })
        return Self.splittingDigest(ArticleExtraction(article: article, day: day, warnings: warning.map { [$0] } ?? []))
    }

    /// One extraction per item of a digest page, each with the item's title, paragraphs and
    /// attribution and the page's day; any other page stays one article.
    static func splittingDigest(_ page: ArticleExtraction) -> [ArticleExtraction] {
        guard let items = DigestSplitter.split(page.article.paragraphs) else { return [page] }
        return items.map { item in
            var one = page
            one.article.title = item.title
            one.article.paragraphs = item.paragraphs
            one.article.publisher = item.publisher
            return one
        }
    }

    /// The lines between the title and the body, and the body's first lines: where a page
    /// states its date and source.
    static func datelineLines(page: PageText, titleLine: Int?, body: [Int]) -> [String] {
        var indices: [Int] = []
        if let titleLine {
            indices += Array((titleLine + 1)..<min(page.lines.count, titleLine + 1 + DateFinder.linesAfterTitle))
        }
        let first = body.first ?? page.lines.count
        indices += Array(max(0, first - DateFinder.linesBeforeTitle)..<first) + body.prefix(DateFinder.bodyHeadLines)
        return indices.map { page.lines[$0].text }
    }

    /// The body without the dateline above its first paragraph (`发布时间：… 来源：…`): short
    /// lines that state a date or a source.
    static func droppingLeadingDatelines(_ body: [Int], page: PageText) -> [Int] {
        var result = body[...]
        while let first = result.first, result.count > 1, page.lines[first].bytes < maxDatelineBytes {
            let text = page.lines[first].text
            guard DateScanner.firstDate(in: text) != nil || PublisherFinder.labelled(in: text) != nil else { break }
            result = result.dropFirst()
        }
        return Array(result)
    }

    /// Longer lines are prose, even when they mention a date.
    static let maxDatelineBytes = 150

    /// The line that carries the title, when the page repeats it above the body.
    static func titleLine(_ title: String, in page: PageText) -> Int? {
        guard !title.isEmpty else { return nil }
        return page.lines.firstIndex { $0.text == title }
    }
}
