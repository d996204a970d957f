import Foundation
import Testing
import WatchCore

@testable import WatchDeliver

/// What a person reading a watch file sees: heading, body with linked attachments, dates as the
/// page stated them, and what a later version changed, all in front matter PyYAML reads.
@Suite struct WatchDocumentTests {
    /// 2024-06-07 00:00 in China (2024-06-06T16:00:00Z): how a date-only notice is stored.
    static let dateOnly = Date(timeIntervalSince1970: 1_717_689_600)

    static func article() -> DeliveredArticle {
        var article = Fixtures.article
        article.published = dateOnly
        article.paragraphs = ["现将有关事项通知如下。", "附件：快递业务经营许可申请表.pdf", "国家邮政局"]
        article.attachments = [
            Attachment(title: "快递业务经营许可申请表.pdf", url: "https://www.spb.gov.cn/files/form (1).pdf"),
            Attachment(title: "附件2：填报说明.docx", url: "https://www.spb.gov.cn/files/guide.docx"),
        ]
        return article
    }

    @Test func aDateOnlyNoticeIsADateAndATimedOneKeepsItsTime() throws {
        var timed = Self.article()
        timed.published = Self.dateOnly.addingTimeInterval(9.5 * 3600)
        let documents = [WatchDocument.render(Self.article()), WatchDocument.render(timed)]
        #expect(documents[0].contains("\npublished: 2024-06-07\n"))
        #expect(documents[1].contains("\npublished: 2024-06-07T09:30:00+08:00\n"))
        let parsed = try YAMLRoundTrip.frontMatters(documents)
        #expect(parsed[0]["published"] as? String == "2024-06-07") // a YAML date, printed by str()
        #expect(parsed[1]["published"] as? String == "2024-06-07 09:30:00+08:00")
    }

    @Test func theBodyFollowsAHeadingAndAttachmentsAreLinked() throws {
        let text = WatchDocument.render(Self.article())
        let body = String(text[text.range(of: "\n---\n")!.upperBound...])
        let expected = """
            # 河源、梅州、茂名、潮州局召开三季度政企联席会

            现将有关事项通知如下。

            附件：[快递业务经营许可申请表.pdf](<https://www.spb.gov.cn/files/form (1).pdf>)

            国家邮政局

            - [快递业务经营许可申请表.pdf](<https://www.spb.gov.cn/files/form (1).pdf>)
            - [附件2：填报说明.docx](https://www.spb.gov.cn/files/guide.docx)

            """
        #expect(body == expected)
    }

    @Test func aLaterVersionSaysWhichItIsAndWhatChanged() throws {
        var article = Self.article()
        article.version = 2
        article.changes = LineDiff(from: "一\n旧的第二段：截止日期6月30日\n三", to: "一\n新的第二段：截止日期7月15日\n三\n- 四")
            .summary()
        #expect(article.changes == ["旧的第二段：截止日期6月30日 → 新的第二段：截止日期7月15日", "+ - 四"])
        let fields = try YAMLRoundTrip.frontMatter(WatchDocument.render(article))
        #expect(fields["version"] as? Int == 2)
        #expect(fields["changes"] as? [String] == article.changes)
        let first = try YAMLRoundTrip.frontMatter(WatchDocument.render(Self.article()))
        #expect(first["version"] == nil && first["changes"] == nil)
    }

    @Test func anArticleOnlyAMirrorCarriesHasNoCanonicalURLKey() throws {
        var article = Self.article()
        article.canonicalURL = nil
        let text = WatchDocument.render(article)
        #expect(!text.contains("canonical_url"))
        let fields = try YAMLRoundTrip.frontMatter(text)
        #expect(fields["url"] as? String == article.url)
        #expect(fields.keys.contains("canonical_url") == false)
    }

    @Test func aHostileTitleMakesOneCleanHeadingLine() {
        var article = Self.article()
        article.title = "第一行\n第二行\u{7}\0 [链接](javascript:x)"
        let text = WatchDocument.render(article)
        let body = String(text[text.range(of: "\n---\n")!.upperBound...])
        #expect(body.hasPrefix("# 第一行 第二行 [链接](javascript:x)\n\n"))
        #expect(!body.unicodeScalars.contains { $0.properties.generalCategory == .control && $0 != "\n" })
    }
}
