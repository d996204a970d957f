import Foundation
import Logging
import Testing
import WatchCore

@testable import WatchDeliver

@Suite struct WatchFolderTests {
    let logger = Fixtures.logger

    @Test func fixtureArticleIsWrittenByteForByte() throws {
        let folder = try Fixtures.temporaryFolder()
        let name = try WatchFolder(path: folder).write(Fixtures.article, logger: logger)
        #expect(name == "2023-10-26_gd-news_3f9a0c1b2d4e.md")
        let expected = """
            ---
            id: 3f9a0c1b2d4e
            title: 河源、梅州、茂名、潮州局召开三季度政企联席会
            published: 2023-10-26
            source: gd-news
            source_name: 广东省邮政管理局
            publisher: 广东省邮政管理局
            url: http://gd.spb.gov.cn/gdyzgljxxgk/a1.shtml
            canonical_url: http://gd.spb.gov.cn/gdyzgljxxgk/a1.shtml
            mirrors: [https://mirror.example/news/1.html]
            attachments: []
            fetched: 2026-11-21T18:00:00+08:00
            content_sha256: \(Fixtures.article.contentSHA256)
            ---
            # 河源、梅州、茂名、潮州局召开三季度政企联席会

            近日，河源、梅州、茂名、潮州市邮政管理局分别与……

            会议要求，各方加强协作。

            """
        let written = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
        #expect(written == expected)
    }

    @Test func documentNumberAndAttachmentsAppearWhenKnown() throws {
        var article = Fixtures.article
        article.documentNumber = "国邮发〔2024〕41号"
        article.attachments = [Attachment(title: "附件1：申请表.docx", url: "https://www.spb.gov.cn/a, b.docx")]
        article.mirrors = []
        let text = WatchDocument.render(article)
        #expect(text.contains("\ndocument_number: 国邮发〔2024〕41号\nfetched: "))
        #expect(text.contains("\nmirrors: []\n"))
        let parsed = try YAMLRoundTrip.frontMatter(text)
        #expect(parsed["document_number"] as? String == "国邮发〔2024〕41号")
        let attachments = parsed["attachments"] as? [[String: Any]]
        #expect(attachments?.first?["title"] as? String == "附件1：申请表.docx")
        #expect(attachments?.first?["url"] as? String == "https://www.spb.gov.cn/a, b.docx")
        #expect(!WatchDocument.render(Fixtures.article).contains("document_number"))
    }

    @Test func withoutAPublishedDateTheFetchDayNamesTheFile() throws {
        var article = Fixtures.article
        article.published = nil
        // 2026-11-21T16:30:00Z is already the 22nd in Shanghai.
        article.fetched = Date(timeIntervalSince1970: 1_795_278_600)
        #expect(WatchFileName.name(for: article) == "2026-11-22_gd-news_3f9a0c1b2d4e.md")
        #expect(WatchDocument.render(article).contains("\npublished: null\n"))
    }

    @Test func laterVersionsGetV2AndV3NamesOnTheFirstVersionsDay() throws {
        let folder = try Fixtures.temporaryFolder()
        let watch = WatchFolder(path: folder)
        var article = Fixtures.article
        article.published = nil
        try watch.write(article, logger: logger)
        article.version = 2
        article.fetched = article.fetched.addingTimeInterval(3 * 86_400)
        article.paragraphs = ["改后的正文。"]
        #expect(try watch.write(article, logger: logger) == "2026-11-21_gd-news_3f9a0c1b2d4e.v2.md")
        article.version = 3
        #expect(try watch.write(article, logger: logger) == "2026-11-21_gd-news_3f9a0c1b2d4e.v3.md")
        #expect(
            try Fixtures.names(in: folder) == [
                "2026-11-21_gd-news_3f9a0c1b2d4e.md", "2026-11-21_gd-news_3f9a0c1b2d4e.v2.md",
                "2026-11-21_gd-news_3f9a0c1b2d4e.v3.md",
            ])
        let v2 = try String(contentsOfFile: folder + "/2026-11-21_gd-news_3f9a0c1b2d4e.v2.md", encoding: .utf8)
        #expect(v2.hasSuffix("---\n# 河源、梅州、茂名、潮州局召开三季度政企联席会\n\n改后的正文。\n"))
    }

    static let hostileTitles = [
        "局长: 重要通知 # 第一号", "\"引号\" and 'single' quotes", "第一行\n第二行\r\n第三行", "- 像列表", "yes", "2024",
        "null", "[方括号], {花括号}", "tab\there and NUL\0here and \u{7}bell", "  leading and trailing spaces  ",
        "ends with colon:", "\u{FEFF}BOM and \u{2028} line separator", "", "? key",
        "&anchor *alias !tag %dir @at `tick",
        "a: b", "#comment", "~", "0x1F", "1e3", ".inf", "---", "...", "12e456789012", "123456789012", "1:30",
        "2024-05-01", "+1", "0o17", "3f9a0c1b2d4e",
    ]

    @Test func hostileTitlesRoundTripThroughARealYAMLParser() throws {
        let documents = Self.hostileTitles.map { title -> String in
            var article = Fixtures.article
            article.title = title
            return WatchDocument.render(article)
        }
        let parsed = try YAMLRoundTrip.frontMatters(documents)
        #expect(parsed.count == Self.hostileTitles.count)
        for (fields, title) in zip(parsed, Self.hostileTitles) {
            #expect(fields["title"] as? String == title)
            #expect(fields["id"] as? String == Fixtures.article.id)
            #expect(fields["content_sha256"] as? String == Fixtures.article.contentSHA256)
        }
    }

    @Test(arguments: [
        "../../etc/passwd", "/etc/cron.d/x", "a/b", "..", ".hidden", "nul\0byte",
        String(repeating: "x", count: 5000), "源-中文", "", "-", "UPPER case",
    ])
    func hostileSourceIDsAndIDsStayInsideTheFolder(hostile: String) throws {
        let folder = try Fixtures.temporaryFolder()
        var article = Fixtures.article
        article.source = hostile
        article.id = hostile
        article.title = hostile
        let name = try WatchFolder(path: folder).write(article, logger: logger)
        #expect(try Fixtures.names(in: folder) == [name])
        #expect(!name.hasPrefix("."))
        #expect(!name.contains("/") && !name.contains("\0") && !name.contains(".."))
        #expect(name.utf8.count <= 255)
        #expect(name.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || "-_.".contains($0)) })
    }

    @Test func anAtomicWriteLeavesNoTemporaryFile() throws {
        let folder = try Fixtures.temporaryFolder()
        try AtomicFile.write(Array("one".utf8), to: "a.md", in: folder)
        try AtomicFile.write(Array("two".utf8), to: "a.md", in: folder)
        #expect(try Fixtures.names(in: folder) == ["a.md"])
        #expect(try String(contentsOfFile: folder + "/a.md", encoding: .utf8) == "two")
    }

    @Test func aFailedRenameCleansUpAndNamesTheFile() throws {
        let folder = try Fixtures.temporaryFolder()
        // A non-empty folder in the target's place makes rename(2) fail, even for root.
        try FileManager.default.createDirectory(atPath: folder + "/a.md/inner", withIntermediateDirectories: true)
        #expect {
            try AtomicFile.write(Array("x".utf8), to: "a.md", in: folder)
        } throws: { error in
            let failure = error as? DeliveryError
            return failure?.operation == "rename" && failure?.path == folder + "/a.md"
        }
        #expect(try Fixtures.names(in: folder) == ["a.md"])
    }
}
