import Foundation
import LibXML
import Testing
import WatchCore
import WatchExtract
import WatchTesting

/// Pages built to hurt a parser, through the real decoder, libxml2 and extractors: each ends in
/// articles or a clear refusal, never a crash, and nothing from outside the page gets in.
@Suite struct HostilePageTests {
    static let url = "http://127.0.0.1/hostile/a1.html"
    let decoder = PageDecoder()
    let extractor = ArticleExtractor()

    func document(_ bytes: [UInt8], contentType: String? = "text/html; charset=utf-8") throws -> HTMLDocument {
        try decoder.document(from: bytes, contentType: contentType, override: nil, url: Self.url)
    }

    /// Decodes, parses and extracts `bytes` as an article page, as the poller does.
    func extract(_ bytes: [UInt8], contentType: String? = "text/html; charset=utf-8") throws -> [ExtractedArticle] {
        extractor.extract(
            document: try document(bytes, contentType: contentType), url: Self.url,
            selectors: SourceSelectors(), now: Date())
    }

    @Test func aHundredThousandLevelsOfNestingNeitherCrashNorOverflow() throws {
        let html = Array(HostilePages.deepNesting(depth: 100_000).utf8)
        let articles = try extract(html)
        // libxml2 stops at its depth limit (256) instead of recursing: the title survives, the
        // text after the nesting does not, and the poller refuses a page without text.
        let article = try #require(articles.first)
        #expect(article.title == "深层嵌套的通知")
        #expect(article.paragraphs.isEmpty)
        let list = try ListPageExtractor().links(in: document(html), pageURL: Self.url, selectors: SourceSelectors())
        #expect(list.items.isEmpty)
    }

    @Test func entitiesAreNeverExpandedNeitherLaughsNorExternalFiles() throws {
        let articles = try extract(Array(HostilePages.entityBombs().utf8))
        let article = try #require(articles.first)
        let everything = ([article.title, article.body, article.publisher ?? ""]).joined()
        #expect(!everything.contains(HostilePages.secretMarker), "the contents of /etc/passwd leaked in")
        #expect(!everything.contains("lollollol"), "an entity was expanded")
        #expect(everything.utf8.count < 50_000)
    }

    @Test func titlesWithPathsNulsAndFiveThousandCharactersStayTitles() throws {
        for (index, title) in HostilePages.pathTitles.enumerated() {
            let articles = try extract(Array(HostilePages.article(title: title, seed: UInt64(index)).utf8))
            let article = try #require(articles.first, "no article for \(title.prefix(20))")
            #expect(!article.title.contains("\u{0}"))
            #expect(!article.title.isEmpty)
        }
    }

    @Test func aListOfTenThousandLinksIsReadInFull() throws {
        let document = try document(Array(HostilePages.list(links: 10_000).utf8))
        let page = try ListPageExtractor().links(in: document, pageURL: Self.url, selectors: SourceSelectors())
        #expect(page.items.count == 10_000)
        #expect(ListPageExtractor().refusal(of: document, page: page) == nil)
    }

    @Test func mixedEncodingsInOnePageDecodeWithoutCrashing() throws {
        let articles = try extract(HostilePages.mixedEncodings(), contentType: "text/html")
        let article = try #require(articles.first)
        #expect(article.title == "混合编码的页面")
        #expect(!article.body.unicodeScalars.contains { $0.value == 0 })
    }

    @Test func loginCaptchaAndLinklessPagesAreRefusedWithAReason() throws {
        let cases = [
            (FaultPages.login, "login or captcha"), (FaultPages.captcha, "login or captcha"),
            ("<html><body><p>暂无内容</p></body></html>", "no article links"),
        ]
        for (html, reason) in cases {
            let document = try document(Array(html.utf8))
            let page = try ListPageExtractor().links(in: document, pageURL: Self.url, selectors: SourceSelectors())
            #expect(
                ListPageExtractor().refusal(of: document, page: page)?.contains(reason) == true, "\(html.prefix(60))")
        }
    }
}
