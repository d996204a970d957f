import Foundation
import Logging
import Testing
import WatchCore

@testable import WatchDeliver

@Suite struct AtomFeedTests {
    /// 150 articles, every tenth with a second version, one with a hostile title.
    static func articles() -> [DeliveredArticle] {
        var all: [DeliveredArticle] = []
        for index in 0..<150 {
            var article = Fixtures.article
            article.id = String(format: "%012x", index)
            article.title = index == 149 ? "<b>粗体</b> & \"引号\" \u{1}控制" : "第\(index)号通知"
            article.fetched = Fixtures.fetched.addingTimeInterval(Double(index) * 60)
            article.published = index % 3 == 0 ? nil : Fixtures.published
            article.canonicalURL = index % 2 == 0 ? nil : "http://gd.spb.gov.cn/c/\(index).shtml"
            article.url = "https://mirror.example/\(index).html?a=1&b=2"
            all.append(article)
            if index % 10 == 0 {
                article.version = 2
                article.fetched = article.fetched.addingTimeInterval(30)
                article.title += "（更新）"
                all.append(article)
            }
        }
        return all
    }

    @Test func feedparserReadsTheLatestHundredEntriesWithTitleLinkUpdatedAndID() throws {
        let folder = try Fixtures.temporaryFolder()
        let input = Self.articles()
        try AtomFeed().write(input.shuffled(), to: folder, now: Fixtures.fetched, logger: Fixtures.logger)
        #expect(try Fixtures.names(in: folder) == ["feed.xml"])
        let script = """
            import sys, json, feedparser
            feed = feedparser.parse(sys.argv[1])
            print(json.dumps({
              "bozo": int(feed.bozo), "version": feed.version, "id": feed.feed.get("id"),
              "title": feed.feed.get("title"), "updated": feed.feed.get("updated"),
              "self": [l.get("href") for l in feed.feed.get("links", []) if l.get("rel") == "self"],
              "entries": [{"id": e.get("id"), "title": e.get("title"), "link": e.get("link"),
                           "updated": e.get("updated"), "published": e.get("published"),
                           "author": e.get("author"), "summary": e.get("summary")} for e in feed.entries]}))
            """
        let output = try PythonTool.run(script, arguments: [folder + "/feed.xml"])
        let feed = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any] ?? [:]
        #expect(feed["bozo"] as? Int == 0)
        #expect(feed["version"] as? String == "atom10")
        #expect(feed["id"] as? String == "urn:bureauwatch:feed")
        #expect((feed["self"] as? [String])?.count == 1)
        let entries = feed["entries"] as? [[String: Any]] ?? []
        #expect(entries.count == 100)
        for entry in entries {
            #expect((entry["id"] as? String)?.hasPrefix("urn:bureauwatch:article:") == true)
            #expect((entry["title"] as? String)?.isEmpty == false)
            #expect((entry["link"] as? String)?.hasPrefix("http") == true)
            #expect((entry["updated"] as? String)?.isEmpty == false)
            #expect((entry["author"] as? String) == "广东省邮政管理局")
        }
        // Newest first: the hostile one (index 149) leads; the oldest kept is index 50.
        let expectedIDs = (50..<150).reversed().map { "urn:bureauwatch:article:" + String(format: "%012x", $0) }
        #expect(entries.compactMap { $0["id"] as? String } == expectedIDs)
        #expect(entries.first?["title"] as? String == "<b>粗体</b> & \"引号\" 控制")
        #expect(entries.first?["link"] as? String == "http://gd.spb.gov.cn/c/149.shtml")
        // Index 140 had a second version: only the newest appears, once.
        let v2 = entries.first { $0["id"] as? String == "urn:bureauwatch:article:" + String(format: "%012x", 140) }
        #expect(v2?["title"] as? String == "【更正】第140号通知（更新）")
        #expect(
            entries.first { $0["id"] as? String == "urn:bureauwatch:article:" + String(format: "%012x", 148) }?["link"]
                as? String
                == "https://mirror.example/148.html?a=1&b=2")
    }

    @Test func anEmptyFeedIsStillValidAtom() throws {
        let xml = AtomFeed().render([], now: Fixtures.fetched)
        #expect(xml.contains("<updated>2026-11-21T10:00:00Z</updated>"))
        #expect(xml.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">"))
        #expect(!xml.contains("<entry>"))
    }
}
