import Foundation
import LibXML
import Testing
import WatchCore

@testable import WatchExtract

@Suite struct ArticleExtractorTests {
    /// A fixed "now" after the fixtures' dates but before their footers' 2026 dates.
    static let now = DayStamp(year: 2025, month: 6, day: 1)!.date(in: ArticleExtractor.shanghai)!

    static func extract(
        _ html: String, url: String = "http://gd.spb.gov.cn/gdsyzglj/c100057/202310/t20231026_1.shtml",
        now: Date = now
    ) throws -> ArticleExtraction {
        let document = try HTMLDocument(html: html, url: url)
        let results = ArticleExtractor().extractDetailed(
            document: document, url: url, selectors: SourceSelectors(), now: now)
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
        let result = try Self.extract(
            ArticleFixtures.disclosurePage, url: "https://www.spb.gov.cn/gjyzj/c100276/202407/abc.shtml")
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

/// A traditional mirror page is read like the simplified one: its reprint line goes, its
/// publisher is found.
@Suite struct TraditionalMirrorPageTests {
    static func page(_ title: String, _ info: String, _ lines: [String]) -> String {
        """
        <html><head><meta charset="utf-8"><title>\(title)</title></head><body>
        <div class="article"><h1>\(title)</h1><div class="info">\(info)</div>
        <div class="content">\(lines.map { "<p>\($0)</p>" }.joined())</div></div></body></html>
        """
    }

    static let simplifiedBody = [
        "山西省邮政管理局在忻州召开全省邮政管理局长座谈会，学习传达全国会议精神，部署下半年工作。",
        "会议要求，各市局要抓好寄递安全监管，推动行业高质量发展。",
    ]

    @Test func theReprintLineGoesAndThePublisherIsFoundInBothScripts() throws {
        let simplified = Self.page(
            "全省邮政管理局长座谈会召开", "发布时间：2024-07-18　来源：山西省邮政管理局",
            Self.simplifiedBody + ["本文转载自山西省邮政管理局网站", "（本文转载自国家邮政局网站，如有侵权请联系删除）"])
        let traditional = Self.page(
            "全省郵政管理局長座談會召開", "發佈時間：2024-07-18　來源：山西省郵政管理局",
            [
                "山西省郵政管理局在忻州召開全省郵政管理局長座談會，學習傳達全國會議精神，部署下半年工作。",
                "會議要求，各市局要抓好寄遞安全監管，推動行業高質量發展。",
                "本文轉載自山西省郵政管理局網站", "（本文轉載自國家郵政局網站，如有侵權請聯繫刪除）",
            ])
        let first = try ArticleExtractorTests.extract(simplified).article
        let second = try ArticleExtractorTests.extract(traditional).article
        #expect(first.publisher == "山西省邮政管理局")
        #expect(second.publisher == "山西省郵政管理局")
        #expect(first.paragraphs == Self.simplifiedBody)
        #expect(second.paragraphs.count == 2, "\(second.paragraphs)")
        #expect(!second.body.contains("轉載"))
    }

    @Test func controlCharactersNeverLeaveTheExtractor() throws {
        let html = Self.page(
            "通知\u{1B}]0;pwned\u{07}标题\u{202E}", "来源：国家\u{1B}[2J邮政局",
            ["第一段\u{1B}[31m红字\u{07}，\u{85}正文\u{2066}内容。"] + Self.simplifiedBody)
        let article = try ArticleExtractorTests.extract(html).article
        for text in [article.title, article.body, article.publisher ?? ""] {
            #expect(!text.unicodeScalars.contains { ControlCharacters.isUnwanted($0, keepingLayout: true) }, "\(text)")
        }
        #expect(article.title.hasPrefix("通知"))
        #expect(article.body.contains("红字，正文内容。"))
    }
}
