import Testing
import WatchCore
import WatchExtract

@testable import WatchPipeline

/// A 200 error page counts as gone; an article that merely mentions deletion does not.
@Suite struct SoftNotFoundPageTests {
    static let url = "http://gd.spb.gov.cn/art/2026/1.shtml"

    static func page(_ html: String) -> DecodedPage {
        DecodedPage(bytes: Array(html.utf8), encoding: "UTF-8", url: url)
    }

    static func article(title: String, _ paragraphs: [String]) -> ExtractedArticle {
        ExtractedArticle(url: url, title: title, paragraphs: paragraphs)
    }

    @Test func theCMSErrorPageIsGone() {
        let error = Self.article(title: "提示信息", ["页面不存在或已被删除！", "返回首页"])
        #expect(SoftNotFoundPage.isErrorPage([error], page: Self.page("<title>提示信息</title>")))
    }

    @Test func aPageWithNoArticleAndAnErrorTitleIsGone() {
        #expect(
            SoftNotFoundPage.isErrorPage([], page: Self.page("<html><head><title>404 Not Found</title></head></html>")))
        #expect(!SoftNotFoundPage.isErrorPage([], page: Self.page("<html><head><title>工作动态</title></head></html>")))
    }

    @Test func anArticleThatMentionsDeletionIsNoErrorPage() {
        let notice = Self.article(
            title: "关于清理违规快递网点的通告",
            [
                "经核查，下列快递网点的备案信息已删除，自即日起不得以原名义开展寄递业务。",
                String(repeating: "各快递企业要落实主体责任，加强网点管理，规范经营行为。", count: 4),
            ])
        #expect(!SoftNotFoundPage.isErrorPage([notice], page: Self.page("<title>通告</title>")))
        let short = Self.article(title: "会议通知", ["定于下周召开全省寄递安全工作会议。"])
        #expect(!SoftNotFoundPage.isErrorPage([short], page: Self.page("<title>会议通知</title>")))
    }
}
