import Foundation
import LibXML
import Testing
import WatchCore
@testable import WatchExtract

@Suite struct ArticleExtractorTests {
    /// A fixed "now" after the fixtures' dates but before their footers' 2026 dates.
    static let now = DayStamp(year: 2025, month: 6, day: 1)!.date(in: ArticleExtractor.shanghai)!

    static func extract(_ html: String, url: String = "http://gd.spb.gov.cn/gdsyzglj/c100057/202310/t20231026_1.shtml",
                        now: Date = now) throws -> ArticleExtraction {
        let document = try HTMLDocument(html: html, url: url)
        let results = ArticleExtractor().extractDetailed(document: document, url: url, selectors: SourceSelectors(), now: now)
        return try #require(results.first)
    }

    @Test func bureauTemplateTakesMetaTagsAndBody() throws {
        let result = try Self.extract(ArticleFixtures.bureauPage)
        let article = result.article
        #expect(article.title == ArticleFixtures.title)
        #expect(result.day?.description == "2023-10-26")
        #expect(result.day?.secondOfDay == 9 * 3600 + 30 * 60)
        #expect(article.publisher == "广东省邮政管理局")
        #expect(article.paragraphs.first == ArticleFixtures.firstSentence)
        #expect(article.paragraphs.contains(ArticleFixtures.lastSentence))
        #expect(!article.body.contains("当前位置"))
        #expect(!article.body.contains("ICP"))
        #expect(!article.body.contains("韶关局"))
    }

    @Test func publishedIsShanghaiTime() throws {
        let article = try Self.extract(ArticleFixtures.bureauPage).article
        // 2023-10-26 09:30 in Shanghai is 01:30 UTC.
        #expect(article.published == Date(timeIntervalSince1970: 1_698_283_800))
    }

    @Test func attachmentsAreAbsoluteWithTheirText() throws {
        let article = try Self.extract(ArticleFixtures.bureauPage).article
        #expect(article.attachments.map(\.title) == ["政企联席会议纪要.pdf", "统计表"])
        #expect(article.attachments.first?.url.hasPrefix("http://gd.spb.gov.cn/attach/202310/") == true)
        #expect(article.attachments.last?.url == "http://files.example.cn/t.xlsx?x=1")
    }

    @Test func mirrorTemplateKeepsTheOriginalLinkOutOfTheBody() throws {
        let result = try Self.extract(ArticleFixtures.mirrorPage, url: "http://www.txyddy.org.cn/shjd/12345.html")
        let article = result.article
        #expect(article.title == ArticleFixtures.title)
        #expect(result.day?.description == "2023-10-26")
        #expect(article.publisher == "广东省邮政管理局")
        #expect(article.originalURL == "http://gd.spb.gov.cn/gdsyzglj/c100057/c100061/202310/10855d15.shtml")
        #expect(!article.body.contains("原文链接"))
        #expect(article.paragraphs.last == ArticleFixtures.lastSentence)
        #expect(!article.body.contains("欢迎访问"))
        #expect(!article.body.contains("快递业务量"))
    }

    @Test func disclosureHeaderGivesTheDocumentNumberAndStaysOutOfTheBody() throws {
        let result = try Self.extract(ArticleFixtures.disclosurePage, url: "https://www.spb.gov.cn/gjyzj/c100276/202407/abc.shtml")
        let article = result.article
        #expect(article.documentNumber == "国邮发〔2024〕41号")
        #expect(article.title == "关于进一步加强寄递安全管理的通知")
        #expect(result.day?.description == "2024-07-18")
        #expect(!article.body.contains("索引号"))
        #expect(!article.body.contains("spb-2024-00041"))
        #expect(article.paragraphs.first?.hasPrefix("各省、自治区") == true)
        #expect(article.publisher == "国家邮政局")
    }
}
