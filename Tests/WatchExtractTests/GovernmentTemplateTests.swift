import Foundation
import LibXML
import Testing
import WatchCore

@testable import WatchExtract

/// The real article templates of www.spb.gov.cn (../shared/SITES.md), kept in the extraction
/// corpus's layout under `Fixtures/zh-gov` (`<id>.html` with `<id>.json` truth) so the quality
/// gate can score them too: widgets never reach a body, the statistics table stays in it, the
/// disclosure header's spaced labels and empty fields are read right, 发布日期 is the date.
@Suite struct GovernmentTemplateTests {
    struct Truth: Decodable {
        let url: String
        let title: String
        let date: String
        let body: String
    }

    static func fixture(_ id: String) throws -> (ArticleExtraction, Truth) {
        let truth = try JSONDecoder().decode(Truth.self, from: Data(SeedFixtureFiles.bytes("zh-gov/\(id).json")))
        let page = PageDecoder().decode(
            try SeedFixtureFiles.bytes("zh-gov/\(id).html"), contentType: nil, override: nil, url: truth.url)
        let now = DayStamp(year: 2026, month: 12, day: 1)!.date(in: ArticleExtractor.shanghai)!
        let result = try ArticleExtractor().extractDetailed(
            page: page, url: truth.url, selectors: SourceSelectors(), now: now)
        return (try #require(result.first), truth)
    }

    /// Text without whitespace: how the corpus scorer compares Chinese bodies.
    static func squeezed(_ text: String) -> String {
        String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
    }

    static func line(_ text: String) -> TextLine {
        TextLine(
            text: text, owner: 0, start: 0, bytes: text.utf8.count, linkBytes: 0, punctuation: 0, links: 0,
            hasOwnWords: true)
    }

    static let widgetWords = ["字体", "字号", "打印", "关闭", "分享", "收藏", "扫一扫", "大 中 小"]

    @Test func theNewsTemplateKeepsItsStatisticsTableAndLosesItsWidgets() throws {
        let (result, truth) = try Self.fixture("spb-statistics-release")
        #expect(Self.squeezed(result.article.body) == Self.squeezed(truth.body))
        #expect(result.article.title == truth.title)
        #expect(result.day?.description == truth.date)
        for word in Self.widgetWords { #expect(!result.article.body.contains(word), "\(word) reached the body") }
    }

    @Test func theDisclosureTemplateReadsItsHeaderAndPrefersThePublishedDay() throws {
        let (result, truth) = try Self.fixture("spb-disclosure-notice")
        #expect(Self.squeezed(result.article.body) == Self.squeezed(truth.body))
        #expect(result.article.documentNumber == nil, "an empty 发文字号 is absent, never the next label")
        #expect(result.day?.description == "2026-08-18", "发布日期, not 成文日期 2026-08-14")
        for word in Self.widgetWords { #expect(!result.article.body.contains(word), "\(word) reached the body") }
        #expect(!result.article.body.contains("索"))
    }

    @Test func spacedLabelsAndEmptyFieldsOfTheHeader() {
        let lines = [
            "索 引 号：000019405/2026-00087", "发布机构：国家邮政局", "发文字号：", "分 类：行政许可",
            "成文日期：2026-08-14", "发布日期：2026-08-18",
        ].map(Self.line)
        let header = DisclosureHeader(lines: lines)
        #expect(header.documentNumber == nil)
        #expect(header.fields["分类"] == "行政许可")
        #expect(header.fields["索引号"] == "000019405/2026-00087")
        #expect(header.publishedDay?.description == "2026-08-18")
        #expect(header.lineIndices == Set(0..<6))
        // Both on one line: the empty field ends where the next label starts.
        let inline = DisclosureHeader(
            lines: ["索\u{3000}引\u{3000}号：A-1 发布机构：国家邮政局", "发文字号：\u{00A0}分 类：行政许可"].map(Self.line))
        #expect(inline.documentNumber == nil)
        #expect(inline.fields["分类"] == "行政许可")
        #expect(inline.fields["发布机构"] == "国家邮政局")
        // A stated number is kept.
        let stated = DisclosureHeader(lines: ["索引号：A-1", "发文字号：", "国邮发〔2026〕41号"].map(Self.line))
        #expect(stated.documentNumber == "国邮发〔2026〕41号")
    }

    @Test func aSentenceStartingWithALabelWordIsNoHeaderLine() {
        let lines = ["索引号：A-1", "发布机构：国家邮政局", "分类推进快递包装绿色转型，加快建设可循环快递包装体系。"].map(Self.line)
        #expect(DisclosureHeader(lines: lines).lineIndices == [0, 1])
    }

    @Test func widgetsAreCutFromTheLinesTheyShare() {
        #expect(PageWidgets.stripped("日期：2026-09-04 【字体：大 中 小】【打印本页】【关闭窗口】") == "日期：2026-09-04")
        #expect(PageWidgets.stripped("字号：大 中 小 分享到：") == "")
        #expect(PageWidgets.stripped("【我要纠错】 扫一扫在手机打开当前页") == "")
        #expect(PageWidgets.stripped("[ 字号 大 中 小 ] 来源：国家邮政局") == "来源：国家邮政局")
        let prose = "各寄递企业要把分享到的经验做法落实到位，中小企业要大力推进绿色包装。"
        #expect(PageWidgets.stripped(prose) == prose)
    }

    @Test func widgetOnlyLinesGoOnAnyTemplate() throws {
        let body =
            "<div class=\"article\"><div>【字体：大 中 小】</div>\(ArticleDetailsTests.paragraphs)"
            + "<div>【打印本页】 【关闭窗口】</div><div>分享到：</div><div>收藏</div><div>扫一扫</div></div>"
        let article = try ArticleDetailsTests.extract("<h1>安全检查</h1>\(body)")
        for word in Self.widgetWords { #expect(!article.body.contains(word), "\(word) reached the body") }
        #expect(article.paragraphs.count == 2)
    }
}

/// Whole-line buttons and labels of modern Chinese news pages never reach a body.
@Suite struct ModernChromeLabelTests {
    @Test func adLabelsPlayerButtonsAndReactionsGo() throws {
        let body =
            "<div class=\"article\"><div>广告</div><div>听新闻</div><div>语音播报</div>\(ArticleDetailsTests.paragraphs)"
            + "<div>点赞</div><div>转发</div><div>举报</div></div>"
        let article = try ArticleDetailsTests.extract("<h1>安全检查</h1>\(body)")
        #expect(article.paragraphs.count == 2, "\(article.paragraphs)")
        for word in ["广告", "听新闻", "语音播报", "点赞", "转发", "举报"] {
            #expect(!article.body.contains(word), "\(word) reached the body")
        }
    }
}
