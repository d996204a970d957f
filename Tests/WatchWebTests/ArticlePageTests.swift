import Foundation
import Testing
import WatchCore
import WatchTesting

/// `/articles/<id>`: one article with its sightings, versions and the diff between versions.
@Suite(.timeLimit(.minutes(1))) struct ArticlePageTests {
    static let id = String(WebSamples.hostileSHA.prefix(12))

    @Test func showsSightingsVersionsAndTheChangedLines() async throws {
        let web = try await WebFixture()
        try await WebSamples.fill(web.store)
        let html = try await web.page("/articles/\(Self.id)")
        await web.stop()

        #expect(html.contains("<h1 id=\"title\">关于&lt;script&gt;alert(1)&lt;/script&gt;开展\u{FFFD}快递检查的通知</h1>"))
        #expect(html.contains("出处 Sightings (2)"))
        #expect(html.contains("<a href=\"http://mirror.example/p/1.html\">http://mirror.example/p/1.html</a>"))
        #expect(html.contains("版本 Versions (2)"))
        #expect(html.contains("差异 Changes v1 → v2"))
        #expect(html.contains("<span class=\"dropped\">− 第二段：旧的截止日期为十月一日。</span>"))
        #expect(html.contains("<span class=\"added\">+ 第二段：新的截止日期为十一月一日。</span>"))
        #expect(html.contains("  第一段：检查范围。"), "an unchanged line is missing from the diff")
        #expect(html.contains("(+1 −1)"))
        // The current text is the second version's.
        #expect(html.contains("<p>第二段：新的截止日期为十一月一日。</p>"))
    }

    @Test func aPrefixFindsTheArticleAndAnUnknownIdIsA404() async throws {
        let web = try await WebFixture()
        try await WebSamples.fill(web.store)
        let prefix = try await web.page("/articles/\(Self.id.prefix(8))")
        let unknown = try await web.get("/articles/0123456789ab")
        let hostile = try await web.get("/articles/%3Cscript%3E")
        let single = try await web.page("/articles/\(WebSamples.plainSHA.prefix(12))")
        let badPair = try await web.page("/articles/\(Self.id)?from=2&to=7")
        await web.stop()

        #expect(prefix.contains("版本 Versions (2)"))
        #expect(unknown.status == 404)
        #expect(String(decoding: unknown.body, as: UTF8.self).contains("No article has the id 0123456789ab"))
        #expect(hostile.status == 404)
        #expect(!String(decoding: hostile.body, as: UTF8.self).contains("<script>"))
        #expect(single.contains("One version only"))
        #expect(badPair.contains("No such pair of versions: v2→v7"))
    }
}
