import Foundation
import LibXML
import Testing
import WatchCore

@testable import WatchExtract

@Suite struct ListPageExtractorTests {
    let extractor = ListPageExtractor()
    static let pageURL = "http://www.example.gov.cn/list/index.html"

    func items(_ html: String, url: String = pageURL, selectors: SourceSelectors = SourceSelectors()) throws -> ListPage
    {
        try extractor.links(in: HTMLDocument(html: html, url: url), pageURL: url, selectors: selectors)
    }

    static func rows(_ count: Int, date: (Int) -> String, href: (Int) -> String = { "/news/\($0).html" }) -> String {
        (1...count).map { "<li><a href=\"\(href($0))\">邮政管理局召开第\($0)次专题会议部署重点工作</a>\(date($0))</li>" }.joined()
    }

    @Test func baseHrefDecidesWhatRelativeLinksMean() throws {
        let page = try items(
            "<html><head><base href=\"http://www.example.gov.cn/news/\"></head><body><ul>"
                + Self.rows(3, date: { "<span>2024-07-1\($0)</span>" }, href: { "a\($0).html#x" })
                + "</ul></body></html>")
        #expect(page.items.map(\.url) == (1...3).map { "http://www.example.gov.cn/news/a\($0).html" })
    }

    @Test func chineseDatesAndDivRows() throws {
        let rows = (1...3).map {
            "<div class=\"item\"><h3><a href=\"/n/\($0).html\">全省邮政快递业第\($0)季度运行情况通报</a></h3><p class=\"time\">2024年7月\($0)日</p></div>"
        }.joined()
        let page = try items("<body><div class=\"news\">\(rows)</div></body>")
        #expect(page.items.map { $0.date.map(ListPageTestDays.format) } == ["2024-07-01", "2024-07-02", "2024-07-03"])
    }

    @Test func aMonthAndDayWithoutAYearInTheURLStaysUndated() throws {
        let page = try items("<body><ul>" + Self.rows(3, date: { "<span>07-1\($0)</span>" }) + "</ul></body>")
        #expect(page.items.count == 3)
        #expect(page.items.allSatisfy { $0.date == nil })
        let dated = try items(
            "<body><ul>" + Self.rows(3, date: { "<span>07-1\($0)</span>" }, href: { "/202307/t20230701_\($0).html" })
                + "</ul></body>")
        #expect(dated.items.map { $0.date.map(ListPageTestDays.format) } == ["2023-07-11", "2023-07-12", "2023-07-13"])
    }

    @Test func cardLinksThatWrapTheirDateGiveTitleAndDateApart() throws {
        let rows = (1...3).map {
            "<li><a href=\"/n/\($0).html\"><p class=\"t\">全省邮政快递业第\($0)季度运行情况通报</p><span>2024-0\($0)-15</span></a></li>"
        }.joined()
        let page = try items("<body><ul>\(rows)</ul></body>")
        #expect(page.items.map(\.title) == (1...3).map { "全省邮政快递业第\($0)季度运行情况通报" })
        #expect(page.items.map { $0.date.map(ListPageTestDays.format) } == ["2024-01-15", "2024-02-15", "2024-03-15"])
    }

    @Test func aTitleHoldingAYearIsNoDate() throws {
        let rows = (1...3).map { "<li><a href=\"/n/\($0).html\">2024年7月1\($0)日召开邮政管理工作会议</a></li>" }.joined()
        let found = try items("<body><ul>\(rows)</ul></body>").items
        #expect(found.count == 3)
        #expect(found.allSatisfy { $0.date == nil })
    }

    @Test func impossibleDatesAreRejected() {
        #expect(ListDateParser.date(in: "[2024-02-30]", articleURL: nil) == nil)
        #expect(ListDateParser.date(in: "2024-13-01", articleURL: nil) == nil)
        #expect(ListDateParser.date(in: "2024-02-29", articleURL: nil) != nil)
    }

    @Test func navigationHeaderAndFooterListsAreNotArticleLists() throws {
        let long = (1...10).map { "<li><a href=\"/c/\($0).html\">国家邮政局政务公开栏目第\($0)项内容导航</a></li>" }.joined()
        let html =
            "<body><nav><ul>\(long)</ul></nav><div id=\"footer\"><ul>\(long)</ul></div>"
            + "<div class=\"main-menu\"><ul>\(long)</ul></div><ul class=\"news\">"
            + Self.rows(3, date: { "<span>2024-07-0\($0)</span>" }) + "</ul></body>"
        #expect(try items(html).items.map(\.url) == (1...3).map { "http://www.example.gov.cn/news/\($0).html" })
    }

    @Test func theLongestTitledDatedGroupWinsOverAShortMenu() throws {
        let menu = (1...8).map { "<li><a href=\"/m/\($0).html\">栏目\($0)</a></li>" }.joined()
        let html =
            "<body><ul class=\"links\">\(menu)</ul><ul class=\"news\">"
            + Self.rows(4, date: { "<span>2024-07-0\($0)</span>" })
            + "</ul></body>"
        #expect(try items(html).items.count == 4)
    }

    @Test func listsSplitIntoSeveralBlocksAreJoined() throws {
        let first = Self.rows(3, date: { "<span>2024-07-0\($0)</span>" })
        let second = Self.rows(3, date: { "<span>2024-06-0\($0)</span>" }, href: { "/old/\($0).html" })
        let page = try items(
            "<body><div class=\"box\"><ul class=\"l\">\(first)</ul><ul class=\"l\">\(second)</ul></div></body>")
        #expect(page.items.count == 6)
    }

    @Test func nextPageByRelNextLabelAndTRSScript() throws {
        let rows = "<ul>" + Self.rows(3, date: { "<span>2024-07-0\($0)</span>" }) + "</ul>"
        let rel = try items("<head><link rel=\"next\" href=\"index_1.html\"></head><body>\(rows)</body>")
        #expect(rel.nextPageURL == "http://www.example.gov.cn/list/index_1.html")
        let label = try items(
            "<body>\(rows)<div><a href=\"javascript:go(2)\">下一页</a><a href=\"list_p2.html\"> 下一页 </a></div></body>")
        #expect(label.nextPageURL == "http://www.example.gov.cn/list/list_p2.html")
        let trs = try items("<body>\(rows)<script>createPageHTML(7, 2, \"index\", \"html\");</script></body>")
        #expect(trs.nextPageURL == "http://www.example.gov.cn/list/index_3.html")
        let newer = try items(
            "<body>\(rows)<script>createPageHTML('page_div', 6, 0, 'index', 'html', 68);</script></body>")
        #expect(newer.nextPageURL == "http://www.example.gov.cn/list/index_1.html")
        let variables = try items(
            "<body>\(rows)<script>var countPage = 4; var currentPage = 1;"
                + "createPageHTML(countPage, currentPage, \"index\", \"shtml\");</script></body>")
        #expect(variables.nextPageURL == "http://www.example.gov.cn/list/index_2.shtml")
        let last = try items("<body>\(rows)<script>createPageHTML(3, 2, \"index\", \"html\");</script></body>")
        #expect(last.nextPageURL == nil)
        let selfLink = try items("<body>\(rows)<a href=\"index.html\">下一页</a></body>")
        #expect(selfLink.nextPageURL == nil)
    }

    @Test func pageURLsFollowTheCMSFamilies() {
        #expect(
            extractor.pageURLs(firstPage: "https://www.spb.gov.cn/gjyzj/c100015/c100016/common_list.shtml", count: 3)
                == [
                    "https://www.spb.gov.cn/gjyzj/c100015/c100016/common_list.shtml",
                    "https://www.spb.gov.cn/gjyzj/c100015/c100016/common_list_2.shtml",
                    "https://www.spb.gov.cn/gjyzj/c100015/c100016/common_list_3.shtml",
                ])
        #expect(
            extractor.pageURLs(firstPage: "http://sx.spb.gov.cn/xwdt/", count: 3) == [
                "http://sx.spb.gov.cn/xwdt/index.html", "http://sx.spb.gov.cn/xwdt/index_1.html",
                "http://sx.spb.gov.cn/xwdt/index_2.html",
            ])
        #expect(
            extractor.pageURLs(firstPage: "http://m.example.com/list.php?page=1", count: 3) == [
                "http://m.example.com/list.php?page=1"
            ])
        #expect(extractor.pageURLs(firstPage: "http://m.example.com/index.html", count: 0) == [])
    }

    @Test func badSelectorsAndPageURLsAreNamedErrors() throws {
        let document = try HTMLDocument(html: "<ul><li><a href='/a'>x</a></li></ul>")
        #expect(
            throws: ListPageError.badSelector(
                field: "date",
                CSSSelectorError(
                    selector: "span:first", position: 5,
                    reason: "':' is not supported (tag, .class, #id, [attr], [attr=v], space, >, ,)"))
        ) {
            try extractor.links(
                in: document, pageURL: Self.pageURL, selectors: SourceSelectors(item: "li", date: "span:first"))
        }
        #expect(throws: ListPageError.badXPath(field: "item", expression: "//li[")) {
            try extractor.links(in: document, pageURL: Self.pageURL, selectors: SourceSelectors(item: "//li["))
        }
        #expect(throws: ListPageError.invalidPageURL("list/index.html")) {
            try extractor.links(in: document, pageURL: "list/index.html", selectors: SourceSelectors())
        }
    }

    @Test func aListThatLibxml2LeftUnderHeadIsStillFound() throws {
        // An <object> in the head keeps what it wraps under <head>.
        let html =
            "<html><head><title>t</title><meta name='x' content='y'><object><ul>"
            + Self.rows(3, date: { "<span>2024-07-0\($0)</span>" }) + "</ul></object></head><body></body></html>"
        let document = try HTMLDocument(html: html, url: Self.pageURL)
        #expect(try extractor.links(in: document, pageURL: Self.pageURL, selectors: SourceSelectors()).items.count == 3)
    }

    @Test func aPageWithoutAListYieldsNoItems() throws {
        let page = try items("<body><p>国家邮政局召开会议。</p><a href='/a.html'>一个链接</a></body>")
        #expect(page.items.isEmpty)
        #expect(page.nextPageURL == nil)
    }
}
