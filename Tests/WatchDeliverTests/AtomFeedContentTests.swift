import Foundation
import Testing
import WatchCore

@testable import WatchDeliver

/// What a feed reader shows: the configured title and link, HTML content with attachments,
/// corrections moved up and marked, removals marked, date-only notices on their own day.
@Suite struct AtomFeedContentTests {
    static let script = """
        import sys, json, feedparser
        feed = feedparser.parse(sys.argv[1])
        print(json.dumps({
          "bozo": int(feed.bozo), "title": feed.feed.get("title"),
          "alternate": [l.get("href") for l in feed.feed.get("links", []) if l.get("rel") == "alternate"],
          "entries": [{"id": e.get("id"), "title": e.get("title"), "updated": e.get("updated"),
                       "published": e.get("published"), "tags": [t.get("term") for t in e.get("tags", [])],
                       "content_type": e.content[0].type, "content": e.content[0].value} for e in feed.entries]}))
        """

    /// RFC 4287's required elements, checked on the XML itself (feedparser forgives their absence).
    static let rfcScript = """
        import sys, xml.etree.ElementTree as ET
        A = '{http://www.w3.org/2005/Atom}'
        feed = ET.parse(sys.argv[1]).getroot()
        problems = []
        for name in ['id', 'title', 'updated']:
            if len(feed.findall(A + name)) != 1: problems.append('feed needs one ' + name)
        entries = feed.findall(A + 'entry')
        if feed.find(A + 'author') is None and any(e.find(A + 'author') is None for e in entries):
            problems.append('an author on the feed or on every entry')
        for e in entries:
            for name in ['id', 'title', 'updated']:
                if len(e.findall(A + name)) != 1: problems.append('entry needs one ' + name)
            if not any(l.get('rel', 'alternate') == 'alternate' for l in e.findall(A + 'link')):
                problems.append('entry needs a link rel=alternate')
        print('\\n'.join(problems) if problems else 'ok')
        """

    static func read(_ feed: AtomFeed, _ articles: [DeliveredArticle]) throws -> [String: Any] {
        let folder = try Fixtures.temporaryFolder()
        try feed.write(articles, to: folder, now: Fixtures.fetched, logger: Fixtures.logger)
        #expect(try PythonTool.run(rfcScript, arguments: [folder + "/feed.xml"]) == "ok\n")
        let output = try PythonTool.run(script, arguments: [folder + "/feed.xml"])
        return try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any] ?? [:]
    }

    static func sources() -> [SourceConfig] {
        var bureau = SourceConfig(
            id: "spb-notices", name: "国家邮政局", kind: .bureau,
            url: "https://www.spb.gov.cn/gjyzj/c100015/common_list.shtml")
        var mirror = bureau
        mirror.id = "mirror"
        mirror.name = "转载站"
        mirror.kind = .mirror
        mirror.url = "https://mirror.example/list.html"
        bureau.interval = .seconds(900)
        return [mirror, bureau]
    }

    @Test func titleAndAlternateLinkComeFromTheConfigOrTheSources() throws {
        let configured = try Self.read(
            AtomFeed(
                settings: FeedSettings(title: "邮政公告", link: "https://example.org/"),
                sources: Self.sources()), [Fixtures.article])
        #expect(configured["bozo"] as? Int == 0)
        #expect(configured["title"] as? String == "邮政公告")
        #expect(configured["alternate"] as? [String] == ["https://example.org/"])
        let derived = try Self.read(AtomFeed(settings: FeedSettings(), sources: Self.sources()), [Fixtures.article])
        #expect(derived["title"] as? String == "bureauwatch · 转载站、国家邮政局")
        #expect(derived["alternate"] as? [String] == ["https://www.spb.gov.cn/gjyzj/c100015/common_list.shtml"])
    }

    @Test func contentIsHTMLWithParagraphsTheStatedDayAndAttachmentLinks() throws {
        var article = WatchDocumentTests.article()
        article.paragraphs.append("<script>alert(1)</script> & 其他")
        article.attachments.append(Attachment(title: "坏链接", url: "javascript:alert(1)"))
        let feed = try Self.read(AtomFeed(), [article])
        let entry = (feed["entries"] as? [[String: Any]])?.first ?? [:]
        #expect(entry["content_type"] as? String == "text/html")
        let content = entry["content"] as? String ?? ""
        #expect(content.contains("<p>现将有关事项通知如下。</p>"))
        #expect(content.contains("<p>发布日期 2024-06-07</p>"))
        #expect(content.contains("<a href=\"https://www.spb.gov.cn/files/guide.docx\">附件2：填报说明.docx</a>"))
        #expect(!content.contains("javascript:") && !content.contains("<script>"))
        // Not only feedparser's sanitizer: the feed itself carries no script and no such link.
        let html = AtomFeed.html(article)
        #expect(html.contains("<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; 其他</p>"))
        #expect(!html.contains("javascript:"))
        #expect(entry["published"] as? String == "2024-06-07T00:00:00+08:00")
    }

    @Test func aCorrectionMovesUpAndIsMarkedAndARemovalIsMarked() throws {
        var older = Fixtures.article
        older.id = "aaaaaaaaaaaa"
        older.fetched = Fixtures.fetched.addingTimeInterval(3600)
        var corrected = Fixtures.article
        corrected.version = 2
        corrected.fetched = Fixtures.fetched.addingTimeInterval(7200) // its v2's time, after `older`
        corrected.changes = ["截止6月30日 → 截止7月15日"]
        var removed = Fixtures.article
        removed.id = "bbbbbbbbbbbb"
        removed.removed = true
        let feed = try Self.read(AtomFeed(), [older, Fixtures.article, corrected, removed])
        let entries = feed["entries"] as? [[String: Any]] ?? []
        #expect(
            entries.compactMap { $0["id"] as? String }
                == ["3f9a0c1b2d4e", "aaaaaaaaaaaa", "bbbbbbbbbbbb"]
                .map { "urn:bureauwatch:article:" + $0 })
        #expect(entries[0]["title"] as? String == "【更正】" + Fixtures.article.title)
        #expect(entries[0]["updated"] as? String == "2026-11-21T12:00:00Z")
        #expect(entries[0]["tags"] as? [String] == ["gd-news", "corrected"])
        #expect((entries[0]["content"] as? String)?.contains("<li>截止6月30日 → 截止7月15日</li>") == true)
        #expect(entries[2]["title"] as? String == "【已删除】" + Fixtures.article.title)
        #expect(entries[2]["tags"] as? [String] == ["gd-news", "removed"])
    }

    @Test func aSourcesFeedIsNamedAndTitledAfterIt() {
        let source = Self.sources()[1]
        let feed = AtomFeed.forSource(source, settings: FeedSettings())
        #expect(AtomFeed.fileName(forSource: source.id) == "feed-spb-notices.xml")
        #expect(feed.title == "bureauwatch · 国家邮政局")
        #expect(feed.feedID == "urn:bureauwatch:feed:spb-notices")
        #expect(feed.alternateURL == source.url)
    }
}
