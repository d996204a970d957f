import Foundation
import LibXML
import Testing
import WatchCore

@testable import WatchExtract

/// Lists as the real sites serve them (../shared/SITES.md): one or two rows on a new channel or
/// a last page, the spb.gov.cn row that wraps title and date in its link, WordPress rows with a
/// class per post, TRS rows with bracketed dates; and, when a page has no list, why.
@Suite struct SmallListTests {
    static let spb = "https://www.spb.gov.cn/gjyzj/c100015/c100016/"
    static let pageURL = spb + "common_list.shtml"
    let extractor = ListPageExtractor()

    func page(_ html: String, url: String = pageURL) throws -> ListPage {
        try extractor.links(in: HTMLDocument(html: html, url: url), pageURL: url, selectors: SourceSelectors())
    }

    func diagnosis(_ html: String, url: String = pageURL) throws -> ListPageError? {
        let document = try HTMLDocument(html: html, url: url)
        return extractor.diagnosis(
            of: document, page: try extractor.links(in: document, pageURL: url, selectors: SourceSelectors()))
    }

    /// The spb.gov.cn list template: header menu, a `ul` of card rows, the `listmore` link.
    static func spbList(_ rows: [(id: String, title: String, day: String)]) -> String {
        let items = rows.map { row in
            "<li><a href=\"/gjyzj/c100015/c100016/202609/\(row.id).shtml\" target=\"_blank\">"
                + "<img src=\"/images/dot.png\"/><p>\(row.title)</p><span>\(row.day)</span></a></li>"
        }.joined()
        return """
            <html><head><meta charset="utf-8"><title>行业要闻_国家邮政局</title></head><body>
            <div class="header"><ul class="nav"><li><a href="/gjyzj/index.shtml">首页</a></li><li><a href="/gjyzj/c100015/common_list.shtml">新闻</a></li>
            <li><a href="/gjyzj/c100009/common_list.shtml">政策</a></li></ul></div>
            <div class="main"><div class="list-box"><ul>\(items)</ul>
            <a class="listmore" href="/gjyzj/c100037/c100150/common_listmore.shtml?channelId=a630715264f14e0aafa4ab2a945fd6da&code=c100016">更多</a></div></div>
            <div class="footer"><p>主办单位：国家邮政局 京ICP备05012345号</p></div></body></html>
            """
    }

    static let firstRow = (id: "0f1e2d3c4b5a69788796a5b4c3d2e1f0", title: "国家邮政局召开2026年第三季度例行新闻发布会", day: "2026-09-04")
    static let secondRow = (id: "1a2b3c4d5e6f70819203a4b5c6d7e8f9", title: "8月中国快递发展指数报告", day: "2026-09-02")

    @Test func oneDatedRowIsAList() throws {
        let found = try page(Self.spbList([Self.firstRow]))
        #expect(
            found.items == [
                ListItem(
                    url: Self.spb + "202609/\(Self.firstRow.id).shtml", title: Self.firstRow.title,
                    date: ListDateParser.day(year: 2026, month: 9, day: 4))
            ])
        #expect(found.rule == "auto: li rows under ul")
    }

    @Test func twoDatedRowsAreAListWithTitlesWithoutTheirDates() throws {
        let found = try page(Self.spbList([Self.firstRow, Self.secondRow]))
        #expect(found.items.map(\.title) == [Self.firstRow.title, Self.secondRow.title])
        #expect(found.items.map { $0.date.map(ListPageTestDays.format) } == ["2026-09-04", "2026-09-02"])
        #expect(found.rule == "auto: li rows under ul")
    }

    @Test func oneUndatedLinkIsNoList() throws {
        let html =
            "<body><div class=\"main\"><ul><li><a href=\"/a/1.html\">国家邮政局召开2026年第三季度例行新闻发布会</a></li></ul></div></body>"
        #expect(try page(html).items.isEmpty)
    }

    @Test func wordPressRowsWithAClassPerPostAreOneList() throws {
        let posts = [
            (1234, "news", "省邮政管理局开展寄递渠道安全专项检查", "2026-08-30"),
            (1229, "notice", "关于做好2026年快递业旺季服务保障工作的通知", "2026-08-21"),
        ]
        let rows = posts.map { id, category, title, day in
            """
            <article id="post-\(id)" class="post-\(id) post type-post status-publish format-standard has-post-thumbnail hentry category-\(category)">
            <header class="entry-header"><h2 class="entry-title"><a href="https://mirror.example.org/\(id).html" rel="bookmark">\(title)</a></h2></header>
            <div class="entry-meta"><time class="entry-date published" datetime="\(day)T09:00:00+08:00">\(day)</time></div></article>
            """
        }.joined()
        let url = "https://mirror.example.org/category/news/"
        let found = try page("<body><main id=\"main\" class=\"site-main\">\(rows)</main></body>", url: url)
        #expect(
            found.items.map(\.url) == ["https://mirror.example.org/1234.html", "https://mirror.example.org/1229.html"])
        #expect(found.items.map { $0.date.map(ListPageTestDays.format) } == ["2026-08-30", "2026-08-21"])
        #expect(RowClass.isPerRow("post-1234") && RowClass.isPerRow("item-7") && RowClass.isPerRow("category-news"))
        #expect(!RowClass.isPerRow("post") && !RowClass.isPerRow("hentry"))
    }

    @Test func perRowIDClassesDoNotSplitALongList() throws {
        let rows = (1...4).map {
            "<li class=\"item item-\($0)\"><a href=\"/n/\($0).html\">全省邮政快递业第\($0)季度运行情况通报</a></li>"
        }.joined()
        let found = try page("<body><ul class=\"list\">\(rows)</ul></body>")
        #expect(found.items.count == 4)
        #expect(found.rule == "auto: li.item rows under ul.list")
    }

    @Test func bracketedDatesOfTheOldTRSSiteParse() throws {
        let html = """
            <body><div class="main"><ul>
            <li><a href="./201603/t20160316_732411.html">重庆市邮政管理局召开2016年全市邮政管理工作会议</a><span>[2016-03-16]</span></li>
            </ul></div></body>
            """
        let found = try page(html, url: "http://cq.spb.gov.cn/zcfg/index.html")
        #expect(found.items.map(\.url) == ["http://cq.spb.gov.cn/zcfg/201603/t20160316_732411.html"])
        #expect(found.items.map { $0.date.map(ListPageTestDays.format) } == ["2016-03-16"])
    }

    @Test func aDateClosingALinksPlainTextIsSplitOff() throws {
        let html = "<body><ul><li><a href=\"/n/1.html\">重庆市邮政管理局召开全市邮政管理工作会议 [2016-03-16]</a></li></ul></body>"
        let found = try page(html)
        #expect(found.items.map(\.title) == ["重庆市邮政管理局召开全市邮政管理工作会议"])
        #expect(found.items.map { $0.date.map(ListPageTestDays.format) } == ["2016-03-16"])
        // A speech's title that ends with its day in 年月日 keeps it.
        #expect(ListAnchor.splittingTrailingDate("在全国邮政管理工作会议上的讲话（2016年1月5日）") == nil)
    }

    @Test func droppedRowsOfTheChosenListSayWhy() throws {
        let rows = Self.spbList([Self.firstRow, Self.secondRow]).replacingOccurrences(
            of: "</ul>",
            with:
                "<li><a href=\"https://www.gov.cn/zhengce/2026-09/01/content_1.htm\">国务院办公厅关于推进快递业绿色发展的通知<span>2026-09-01</span></a></li>"
                + "<li><a href=\"javascript:void(0)\">国家邮政局关于快递服务质量的通告</a><span>2026-08-30</span></li></ul>")
        let found = try page(rows)
        #expect(found.items.count == 2)
        #expect(
            found.dropped.map(\.reason) == ["link to another site (www.gov.cn)", "a javascript: link, not an article"])
    }

    // MARK: why a page is no list

    @Test func aPageWithoutLinksSaysSo() throws {
        #expect(try diagnosis("<html><body><p>系统维护中，请稍后访问。</p></body></html>") == .noLinks)
    }

    @Test func offSiteLinksNameTheirHosts() throws {
        let html = """
            <body><ul><li><a href="https://www.gov.cn/a.html">国务院关于推进快递业发展的意见</a></li>
            <li><a href="https://www.gov.cn/b.html">国务院办公厅转发邮政局意见</a></li>
            <li><a href="http://www.mot.gov.cn/c.html">交通运输部召开会议部署工作</a></li></ul></body>
            """
        #expect(try diagnosis(html) == .offSiteLinks(hosts: ["www.gov.cn", "www.mot.gov.cn"], baseHref: nil))
    }

    @Test func aBaseHrefToAnotherHostIsNamedAsTheCause() throws {
        let html =
            "<html><head><base href=\"http://cdn.example-mirror.com/\"></head><body>"
            + Self.spbList([Self.firstRow, Self.secondRow]).replacingOccurrences(of: "href=\"/", with: "href=\"")
            + "</body></html>"
        let error = try diagnosis(html)
        #expect(error == .offSiteLinks(hosts: ["cdn.example-mirror.com"], baseHref: "http://cdn.example-mirror.com/"))
        #expect(
            error?.description.contains(
                "<base href=\"http://cdn.example-mirror.com/\"> moves relative links to another host") == true)
    }

    @Test func onlyNavigationRowsAreNamedAsSuch() throws {
        let html = """
            <body><div class="header"><ul class="nav"><li><a href="/">首页</a></li><li><a href="/xw/">新闻</a></li><li><a href="/zc/">政策</a></li></ul></div>
            <div class="main"><p>本栏目暂无信息</p><a href="/xw/">返回</a></div></body>
            """
        #expect(try diagnosis(html) == .onlyNavigation(links: 4))
    }

    @Test func aChallengePageIsAWall() throws {
        let html = """
            <html><head><title>安全验证</title><script>var s="\(String(repeating: "x", count: 3000))";</script></head>
            <body><div id="app"><p>请完成安全验证后继续访问</p><a href="/">刷新</a></div></body></html>
            """
        #expect(try diagnosis(html) == .wall(evidence: "it says \"安全验证\""))
        let login =
            "<body><form><input name=\"user\"><input type=\"password\" name=\"pw\"></form><a href=\"/reg\">注册新用户账号</a></body>"
        #expect(try diagnosis(login) == .wall(evidence: "a password or captcha field"))
    }

    @Test func aRealListIsNoWallEvenWhenATitleMentionsAVerificationCode() throws {
        let row = (id: Self.firstRow.id, title: "警惕冒充快递客服索要验证码的诈骗", day: "2026-09-04")
        #expect(try diagnosis(Self.spbList([row])) == nil)
    }
}
