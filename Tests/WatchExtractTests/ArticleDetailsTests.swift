import Foundation
import LibXML
import Testing
import WatchCore

@testable import WatchExtract

/// Publisher, attachments, source selectors and chrome on small realistic pages.
@Suite struct ArticleDetailsTests {
    static let paragraphs =
        "<p>近日，省邮政管理局组织开展寄递渠道安全检查，重点检查收寄验视、实名收寄和过机安检制度落实情况。</p>"
        + "<p>检查组要求各企业压实主体责任，建立问题台账，限期整改到位，切实维护寄递渠道安全稳定。</p>"

    static func extract(
        _ body: String, head: String = "", selectors: SourceSelectors = SourceSelectors(),
        url: String = "http://jx.spb.gov.cn/jxsyzglj/c100/202407/t20240718_1.shtml"
    ) throws -> ExtractedArticle {
        let html = "<html><head><title>安全检查_江西省邮政管理局</title>\(head)</head><body>\(body)</body></html>"
        let document = try HTMLDocument(html: html, url: url)
        let now = DayStamp(year: 2025, month: 1, day: 1)!.date(in: ArticleExtractor.shanghai)!
        return try #require(
            ArticleExtractor().extract(document: document, url: url, selectors: selectors, now: now).first)
    }

    @Test func publisherFromASourceLine() throws {
        let article = try Self.extract("<h1>安全检查</h1><div>来源：江西省邮政管理局　浏览次数：120</div>\(Self.paragraphs)")
        #expect(article.publisher == "江西省邮政管理局")
    }

    @Test func publisherFromTheClosingAttribution() throws {
        let article = try Self.extract("<h1>安全检查</h1>\(Self.paragraphs)<p>（江西省邮政管理局）</p>")
        #expect(article.publisher == "江西省邮政管理局")
    }

    @Test func contentSourceMetaBeatsTheText() throws {
        let article = try Self.extract(
            "<h1>安全检查</h1><div>来源：某网站</div>\(Self.paragraphs)",
            head: "<meta name=\"ContentSource\" content=\"国家邮政局\">")
        #expect(article.publisher == "国家邮政局")
    }

    @Test func attachmentsOfEveryDocumentKindOnceEach() throws {
        let links = [
            "a.pdf", "b.DOC", "c.docx", "d.xls", "e.xlsx", "f.wps", "g.ofd", "h.zip", "i.rar", "a.pdf", "j.html",
            "k.jpg",
        ]
        .map { "<a href=\"../files/\($0)\">附件\($0)</a>" }.joined(separator: " ")
        let article = try Self.extract("<div class=\"content\">\(Self.paragraphs)<p>\(links)</p></div>")
        #expect(article.attachments.count == 9)
        #expect(
            article.attachments.first
                == Attachment(title: "附件a.pdf", url: "http://jx.spb.gov.cn/jxsyzglj/c100/files/a.pdf"))
        #expect(!article.attachments.contains { $0.url.hasSuffix(".html") || $0.url.hasSuffix(".jpg") })
    }

    @Test func anXPathBodySelectorChoosesTheBody() throws {
        let body = "<div id=\"note\"><p>编者按：本文为通讯员来稿。</p></div><div id=\"main\">\(Self.paragraphs)</div>"
        let generic = try Self.extract(body)
        let selected = try Self.extract(body, selectors: SourceSelectors(body: "//div[@id='note']"))
        #expect(generic.paragraphs.count == 3)
        #expect(selected.paragraphs == ["编者按：本文为通讯员来稿。"])
    }

    @Test func chromeNeverReachesTheBody() throws {
        let chrome =
            "<nav><a href=\"/\">首页</a> <a href=\"/a\">机构概况</a></nav>"
            + "<div class=\"share\">分享到：微信 微博</div>"
            + "<div class=\"comment\"><form><p>网友评论：请遵守法律法规，文明发言，评论内容只代表网友观点。</p></form></div>"
            + "<footer>主办单位：江西省邮政管理局，地址：南昌市。赣ICP备05004806号</footer>"
        let article = try Self.extract("<h1>安全检查</h1><div class=\"content\">\(Self.paragraphs)</div>\(chrome)")
        #expect(article.paragraphs.count == 2)
        for word in ["首页", "分享到", "网友评论", "ICP"] { #expect(!article.body.contains(word)) }
    }

    @Test func paragraphBreaksAreKept() throws {
        let article = try Self.extract(
            "<div class=\"content\">第一段，文字较长一些，说明情况。<br>第二段，同样是正文，继续说明。<br><br>第三段，结束。</div>")
        #expect(article.paragraphs == ["第一段，文字较长一些，说明情况。", "第二段，同样是正文，继续说明。", "第三段，结束。"])
    }
}
