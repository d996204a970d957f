import Foundation
import Testing
import WatchCore
import WatchTesting

/// `/`: recent notices with search and the source and date filters, every stored string escaped.
@Suite(.timeLimit(.minutes(1))) struct NoticesPageTests {
    @Test func listsEachNoticeWithItsSourceMirrorsAndAttachmentsEscaped() async throws {
        let web = try await WebFixture()
        try await WebSamples.fill(web.store)
        let html = try await web.page("/")
        await web.stop()

        #expect(html.contains("关于&lt;script&gt;alert(1)&lt;/script&gt;开展\u{FFFD}快递检查的通知"))
        #expect(!html.contains("<script>"), "markup from a title reached the page")
        #expect(!html.contains("\u{07}"), "a control character reached the page")
        #expect(html.contains(WebSamples.plainTitle))
        #expect(html.contains("href=\"/articles/\(WebSamples.hostileSHA.prefix(12))\""))
        #expect(html.contains("镜像 mirrors 1"))
        #expect(html.contains("镜像 mirrors 0"))
        #expect(html.contains("版本 version 2"))
        #expect(html.contains("<a href=\"http://gd.example/a1.docx\">附件1：申请表.docx</a>"))
        #expect(html.contains("恶意链接") && !html.contains("javascript:"), "a javascript: attachment became a link")
        #expect(html.contains("广东省邮政管理局 · 工作动态"))
        #expect(html.contains("name=\"viewport\""))
    }

    @Test func searchPassesTheQueryToTheStoreAndSaysWhenNothingMatched() async throws {
        let web = try await WebFixture()
        try await WebSamples.fill(web.store)
        let found = try await web.page("/?q=" + "市场监管".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)
        let none = try await web.page("/?q=%3Cb%3Enothing")
        await web.stop()

        #expect(found.contains(WebSamples.plainTitle))
        #expect(!found.contains("快递检查的通知"))
        #expect(found.contains("value=\"市场监管\""), "the search box lost the query")
        #expect(none.contains("Nothing matched “&lt;b&gt;nothing”"))
        #expect(!none.contains("class=\"notice\""))
    }

    @Test func filtersBySourceAnySightingCounts() async throws {
        let web = try await WebFixture()
        try await WebSamples.fill(web.store)
        let shanghai = try await web.page("/?source=sh-news")
        let mirror = try await web.page("/?source=mirror-x")
        await web.stop()

        #expect(shanghai.contains(WebSamples.plainTitle) && !shanghai.contains("快递检查的通知"))
        #expect(shanghai.contains("<option value=\"sh-news\" selected>"))
        // The Guangdong article was also seen on the mirror.
        #expect(mirror.contains("快递检查的通知") && !mirror.contains(WebSamples.plainTitle))
    }

    @Test func filtersByPublishedDayInChinaTime() async throws {
        let web = try await WebFixture()
        try await WebSamples.fill(web.store)
        // at(0) is 2026-09-21 14:13 UTC, 22:13 in China; the plain notice is 30 days later.
        let day = DateFormatter.chinaDay.string(from: at(0))
        let later = DateFormatter.chinaDay.string(from: at(30 * 86_400))
        let sinceLater = try await web.page("/?since=\(later)")
        let untilDay = try await web.page("/?until=\(day)")
        let both = try await web.page("/?since=\(day)&until=\(later)")
        let bad = try await web.page("/?since=2026-13-40")
        await web.stop()

        #expect(sinceLater.contains(WebSamples.plainTitle) && !sinceLater.contains("快递检查的通知"))
        #expect(untilDay.contains("快递检查的通知") && !untilDay.contains(WebSamples.plainTitle))
        #expect(both.contains("快递检查的通知") && both.contains(WebSamples.plainTitle))
        #expect(bad.contains("Invalid date in ‘since’"))
    }
}

extension DateFormatter {
    /// `YYYY-MM-DD` on China's clock.
    static var chinaDay: DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(secondsFromGMT: 8 * 3600)
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter
    }
}
