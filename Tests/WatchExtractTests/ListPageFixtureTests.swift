import Foundation
import LibXML
import Testing
import WatchCore

@testable import WatchExtract

/// The two list-page fixtures, automatically and with the source's selectors.
@Suite struct ListPageFixtureTests {
    struct Expected: Equatable, CustomStringConvertible {
        let url: String
        let title: String
        let day: String?
        var description: String { "\(day ?? "-") \(title) \(url)" }
    }

    static let spb = "https://www.spb.gov.cn/gjyzj/c100015/c100016/"
    /// list-bureau-common_list.html: the other-host row (www.gov.cn), the `javascript:` row and
    /// the repeated row are gone; the cut title comes from `title`; `#top` is dropped.
    static let bureauItems = [
        Expected(
            url: spb + "202407/8f1c2d3e4b5a46978899aabbccddeeff.shtml", title: "八省区市邮政管理局召开2024年半年工作会",
            day: "2024-07-18"),
        Expected(
            url: spb + "202407/1a2b3c4d5e6f47808192a3b4c5d6e7f8.shtml",
            title: "国家邮政局召开全国邮政2024年半年工作会暨二季度行业运行调度会议", day: "2024-07-16"),
        Expected(
            url: spb + "202407/2b3c4d5e6f7a48918293b4c5d6e7f809.shtml", title: "2024年6月中国快递发展指数报告", day: "2024-07-12"),
        Expected(
            url: spb + "202407/3c4d5e6f7a8b49a2839405c6d7e8f901.shtml", title: "邮政快递业上半年运行情况良好", day: "2024-07-08"),
        Expected(
            url: spb + "202406/4d5e6f7a8b9c4ab39405a6d7e8f90a12.shtml", title: "《快递市场管理办法》宣贯工作部署会召开", day: "2024-06-28"),
        Expected(
            url: spb + "202406/5e6f7a8b9cad4bc4a516b7e8f90a1b23.shtml", title: "2024年5月邮政行业运行情况", day: "2024-06-21"),
    ]
    static let bureauPage = spb + "common_list.shtml"

    static let mirror = "http://www.txyddy.org.cn/show/"
    /// list-mirror-table.html: `[2023-10-26]` dates, a `../../` link, an https link to the
    /// same site, a title cut with `...`; the sidebar's short hot list loses.
    static let mirrorItems = [
        Expected(url: mirror + "shjd/2023/1026/10855.html", title: "河源、梅州、茂名、潮州局召开三季度政企联席会", day: "2023-10-26"),
        Expected(url: mirror + "hydt/2023/1025/10851.html", title: "广东省邮政管理局开展寄递渠道安全检查", day: "2023-10-25"),
        Expected(url: mirror + "hydt/2023/1020/10833.html", title: "江西省邮政管理局召开快递员权益保障座谈会", day: "2023-10-20"),
        Expected(
            url: "https://www.txyddy.org.cn/show/hydt/2023/1018/10820.html", title: "湖北省邮政快递业三季度运行平稳", day: "2023-10-18"
        ),
        Expected(url: mirror + "hydt/2023/1012/10794.html", title: "浙江省邮政管理局部署四季度寄递渠道安全服务保障工作", day: "2023-10-12"),
        Expected(url: mirror + "hydt/2023/0930/10760.html", title: "2023年9月中国快递发展指数报告", day: "2023-09-30"),
    ]
    static let mirrorPage = "http://www.txyddy.org.cn/list/hydt/index.html"

    static func expected(_ page: ListPage) -> [Expected] {
        page.items.map { Expected(url: $0.url, title: $0.title, day: $0.date.map(ListPageTestDays.format)) }
    }

    func page(_ file: String, url: String, selectors: SourceSelectors = SourceSelectors()) throws -> ListPage {
        let document = try SeedFixtureFiles.document(file, url: url)
        return try ListPageExtractor().links(in: document, pageURL: url, selectors: selectors)
    }

    @Test func bureauListAutomatically() throws {
        let page = try page("list-bureau-common_list.html", url: Self.bureauPage)
        #expect(Self.expected(page) == Self.bureauItems)
        #expect(page.nextPageURL == Self.spb + "common_list_2.shtml")
    }

    @Test(arguments: [
        SourceSelectors(item: "ul.list li", link: "a", date: "span"),
        SourceSelectors(item: "//ul[@class='list']/li", link: "./a", title: "a", date: "span"),
        SourceSelectors(item: "div.list-right > ul > li"),
    ])
    func bureauListWithSelectors(selectors: SourceSelectors) throws {
        let page = try page("list-bureau-common_list.html", url: Self.bureauPage, selectors: selectors)
        #expect(Self.expected(page) == Self.bureauItems)
    }

    @Test func mirrorTableAutomatically() throws {
        let page = try page("list-mirror-table.html", url: Self.mirrorPage)
        #expect(Self.expected(page) == Self.mirrorItems)
        #expect(page.nextPageURL == "http://www.txyddy.org.cn/list/hydt/index_1.html")
    }

    @Test func mirrorHotListWithSelectorsGetsItsYearFromTheURL() throws {
        let page = try page(
            "list-mirror-table.html", url: Self.mirrorPage,
            selectors: SourceSelectors(item: "div.hot div.hot-item", date: "em"))
        #expect(
            Self.expected(page) == [
                Expected(url: Self.mirror + "hydt/2023/1009/10788.html", title: "快递进村", day: "2023-10-09"),
                Expected(url: Self.mirror + "hydt/2023/0921/10740.html", title: "邮政普遍服务", day: "2023-09-21"),
                Expected(url: Self.mirror + "hydt/2023/0915/10722.html", title: "寄递安全", day: "2023-09-15"),
            ])
    }
}

enum ListPageTestDays {
    static func format(_ date: Date) -> String {
        let parts = ListDateParser.calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }
}
