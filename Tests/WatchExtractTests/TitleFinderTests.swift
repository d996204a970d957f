import Foundation
import LibXML
import Testing
import WatchCore

@testable import WatchExtract

@Suite struct TitleFinderTests {
    static func title(_ html: String) throws -> String? {
        let document = try HTMLDocument(html: html, url: "http://www.example.cn/1.html")
        return ArticleExtractor().extract(
            document: document, url: "http://www.example.cn/1.html",
            selectors: SourceSelectors(), now: Date()
        ).first?.title
    }

    @Test(arguments: [
        ("国家邮政局召开党组会议_国家邮政局", "国家邮政局召开党组会议"),
        ("河源局召开政企联席会-通讯邮递调研网", "河源局召开政企联席会"),
        ("快递业务量同比增长 | 物流报", "快递业务量同比增长"),
    ])
    func stripsTheSiteSuffixFromThePageTitle(pageTitle: String, expected: String) throws {
        let html = "<html><head><title>\(pageTitle)</title></head><body><p>正文。</p></body></html>"
        #expect(try Self.title(html) == expected)
    }

    @Test func prefersTheHeadingThatAgreesWithThePageTitle() throws {
        let html =
            "<html><head><title>河源局召开政企联席会_广东省邮政管理局</title></head><body>"
            + "<h1>广东省邮政管理局</h1><h2>河源局召开政企联席会</h2><p>正文。</p></body></html>"
        #expect(try Self.title(html) == "河源局召开政企联席会")
    }

    @Test func governmentArticleTitleWins() throws {
        let html =
            "<html><head><title>首页</title><meta name=\"ArticleTitle\" content=\"关于寄递安全的通知\"></head>"
            + "<body><h1>栏目</h1></body></html>"
        #expect(try Self.title(html) == "关于寄递安全的通知")
    }
}
