import Foundation
import LibXML
import Testing
import WatchCore

@testable import WatchExtract

@Suite struct DateFinderTests {
    static let now = DayStamp(year: 2025, month: 6, day: 1)!.date(in: ArticleExtractor.shanghai)!

    static func day(_ html: String, url: String = "http://www.example.cn/news/1.html", now: Date = now) throws
        -> String?
    {
        let document = try HTMLDocument(html: html, url: url)
        let result = ArticleExtractor().extractDetailed(
            document: document, url: url, selectors: SourceSelectors(), now: now)
        return result.first?.day?.description
    }

    static func page(dateline: String, body: String = DateFinderTests.body, after: String = "") -> String {
        "<html><head><title>政企联席会_物流报</title></head><body><h1>政企联席会</h1>\(dateline)"
            + "<div class=\"content\">\(body)</div>\(after)</body></html>"
    }

    static let body =
        "<p>近日，市邮政管理局与市邮政分公司召开政企联席会议，通报交流有关工作情况，安排部署下阶段重点工作。</p>"
        + "<p>会议强调，要压实企业主体责任，严格落实寄递安全三项制度，全力维护行业安全稳定。</p>"

    @Test(arguments: [
        ("<div>发布日期:2023-10-26</div>", "2023-10-26"),
        ("<div>发布时间：2023-10-26 10:20</div>", "2023-10-26"),
        ("<div>日期：2023/9/5</div>", "2023-09-05"),
        ("<div>4年前 (2020-04-30)</div>", "2020-04-30"),
        ("<p>2024年7月18日 来源：国家邮政局</p>", "2024-07-18"),
    ])
    func readsTheDatelineNearTheTitle(dateline: String, expected: String) throws {
        #expect(try Self.day(Self.page(dateline: dateline)) == expected)
    }

    @Test func metaPubDateComesFirst() throws {
        let html =
            "<html><head><meta name=\"PubDate\" content=\"2022-03-04 08:00\"></head><body>"
            + "<h1>t</h1><div>发布日期:2023-10-26</div>\(Self.body)</body></html>"
        #expect(try Self.day(html) == "2022-03-04")
    }

    @Test(arguments: [
        ("http://gd.spb.gov.cn/gdsyzglj/c100057/202310/abc.shtml", "2023-10-01"),
        ("http://www.gov.cn/xinwen/2015-08/21/t20150821_123.htm", "2015-08-21"),
        ("http://www.example.cn/a/t20150821_4455.html", "2015-08-21"),
    ])
    func fallsBackToTheAddress(url: String, expected: String) throws {
        #expect(try Self.day(Self.page(dateline: ""), url: url) == expected)
    }

    @Test func neverTakesADateFromTheFooterOrTheRelatedList() throws {
        let after =
            "<div class=\"related\"><ul><li><a href=\"/1\">清远局召开政企联席会</a> 2024-01-02</li></ul></div>"
            + "<div class=\"footer\">版权所有 2024-05-06 粤ICP备05032397号</div>"
        #expect(try Self.day(Self.page(dateline: "", after: after)) == nil)
    }

    @Test func neverTakesADateInTheFuture() throws {
        let html = Self.page(dateline: "<div>发布日期:2025-06-02</div>", body: Self.body + "<p>日期：2024-12-30</p>")
        #expect(try Self.day(html) == "2024-12-30")
        let metaOnly =
            "<html><head><meta name=\"PubDate\" content=\"2031-01-01\"></head><body><h1>t</h1>\(Self.body)</body></html>"
        #expect(try Self.day(metaOnly) == nil)
    }

    @Test func englishBylinesAndUpdateLabels() throws {
        let html =
            "<html><body><h1>Best laptops</h1><div>Updated <time datetime=\"2025-01-16\">Jan 16</time></div>"
            + "<div>Published March 5, 2024</div><div class=\"content\"><p>We tested, compared, and reviewed "
            + "many laptops over the years, and these are the ones we recommend to most people today.</p></div></body></html>"
        #expect(try Self.day(html) == "2024-03-05")
    }

    @Test(
        arguments: [
            ("2024年7月18日", "2024-07-18"), ("2024-7-8 21:23:57", "2024-07-08"), ("July 18, 2024", "2024-07-18"),
            ("18 July 2024", "2024-07-18"), ("2023 Jan 7", "2023-01-07"), ("编号20240718123", nil), ("2024-13-01", nil),
            ("2023-02-29", nil),
        ] as [(String, String?)])
    func scansWrittenDates(text: String, expected: String?) {
        #expect(DateScanner.firstDate(in: text)?.description == expected)
    }
}
