import Foundation
import Testing
import WatchCore
import WatchPipeline

/// `list: json` over a real server: the CMS API preset (SITES.md's `/common/search/<channelId>`)
/// and a plain field mapping.
@Suite struct JSONListTests {
    static let channel = "/common/search/de7de12df24948b98dcb8420d3777c04"

    /// One result as the CMS API writes it.
    static func result(_ number: Int, base: String, documentNumber: String, source: String) -> [String: Any] {
        [
            "manuscriptId": "m\(number)", "title": "关于第\(number)号邮政行业标准的公告", "subTitle": "null",
            "url": "\(base)/gjyzj/c100012/202609/p\(number).shtml",
            "publishedTime": 1_788_000_000_000 + number * 86_400_000, "publishedTimeStr": "2026-09-0\(number) 09:30:00",
            "channelCodeName": "c100012",
            "content": Pages.body(seed: 400 + UInt64(number)).map { "<p>\($0)</p>" }.joined(),
            "resList": [
                ["fileName": "附件\(number).pdf", "filePath": "/gjyzj/upload/p\(number).pdf", "filePathNew": "null"]
            ],
            "domainMetaList": [
                [
                    "resultList": [
                        ["key": "wh", "value": documentNumber], ["key": "source", "value": source],
                        ["key": "author", "value": "null"],
                    ]
                ]
            ],
        ]
    }

    static func page(_ results: [[String: Any]], total: Int, page: Int) throws -> String {
        let object: [String: Any] = ["data": ["total": total, "page": page, "results": results]]
        return String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }

    @Test func thePresetPagesToTotalAndNeedsNoArticlePage() async throws {
        let harness = try await PipelineHarness()
        defer { harness.stop() }
        let base = harness.server.baseURL
        let query = "?_isJson=true&_pageSize=2&page="
        harness.site.set(
            Self.channel + query + "1",
            try Self.page(
                [
                    Self.result(1, base: base, documentNumber: "国邮发〔2026〕41号", source: "国家邮政局"),
                    Self.result(2, base: base, documentNumber: "null", source: "null"),
                ], total: 3, page: 1), contentType: "application/json")
        harness.site.set(
            Self.channel + query + "2",
            try Self.page(
                [
                    Self.result(3, base: base, documentNumber: "国邮发〔2026〕43号", source: "国家邮政局")
                ], total: 3, page: 2), contentType: "application/json")
        let source = harness.source(
            Self.channel + query + "{page}", pages: 5, list: .json,
            json: JSONListMapping(preset: .spbCMS))

        let report = await harness.poller.poll(source)

        #expect(report.errors.isEmpty)
        #expect(report.newArticles == 3)
        // Two API pages (the rows read reach total), and no article page at all.
        #expect(harness.paths == [Self.channel + query + "1", Self.channel + query + "2"])
        let stored = try await harness.store.latestArticles(limit: 10)
        let first = try #require(stored.first { $0.title == "关于第1号邮政行业标准的公告" })
        #expect(first.documentNumber == "国邮发〔2026〕41号")
        #expect(first.publisher == "国家邮政局")
        #expect(first.attachments == [Attachment(title: "附件1.pdf", url: base + "/gjyzj/upload/p1.pdf")])
        // The API's body HTML, as four paragraphs (the stored text is display-normalized).
        #expect(first.body.components(separatedBy: "\n\n").count == 4)
        #expect(first.body.hasSuffix("邮政管理部门。"))
        let second = try #require(stored.first { $0.title == "关于第2号邮政行业标准的公告" })
        #expect(second.documentNumber == nil) // the literal "null" is no value
        #expect(second.publisher != "null")
    }

    @Test func aPlainMappingWithoutBodiesRequestsTheArticlePages() async throws {
        let harness = try await PipelineHarness()
        defer { harness.stop() }
        let rows: [[String: Any]] = (1...3).map { number in
            ["headline": "第\(number)期快递发展指数报告", "link": "/index/\(number).html", "day": "2026-08-1\(number)"]
        }
        let body = try JSONSerialization.data(withJSONObject: ["list": ["count": 3, "entries": rows]])
        harness.site.set("/api/list", String(decoding: body, as: UTF8.self), contentType: "application/json")
        for number in 1...3 {
            harness.site.set("/index/\(number).html", Pages.article("第\(number)期快递发展指数报告", seed: 500 + UInt64(number)))
        }
        let mapping = JSONListMapping(
            items: "list.entries", title: "headline", url: "link", date: "day", total: "list.count")

        let report = await harness.poller.poll(harness.source("/api/list", list: .json, json: mapping))

        #expect(report.errors.isEmpty)
        #expect(report.newArticles == 3)
        for number in 1...3 { #expect(harness.paths.contains("/index/\(number).html")) }
    }

    @Test func withoutATotalPagingStopsAtTheFirstEmptyPage() async throws {
        let harness = try await PipelineHarness()
        defer { harness.stop() }
        let base = harness.server.baseURL
        for page in 1...2 {
            let object: [String: Any] = [
                "data": ["results": [Self.result(page, base: base, documentNumber: "null", source: "null")]]
            ]
            harness.site.set(
                "/api?p=\(page)", String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self),
                contentType: "application/json")
        }
        harness.site.set("/api?p=3", "{\"data\":{\"results\":[]}}", contentType: "application/json")
        let source = harness.source("/api?p={page}", pages: 10, list: .json, json: JSONListMapping(preset: .spbCMS))

        let report = await harness.poller.poll(source)

        #expect(report.errors.isEmpty)
        #expect(report.newArticles == 2)
        #expect(harness.paths == ["/api?p=1", "/api?p=2", "/api?p=3"])
    }

    @Test func jsonThatIsNotAListFailsThePoll() async throws {
        let harness = try await PipelineHarness()
        defer { harness.stop() }
        harness.site.set("/api/list", "<html>请登录</html>")

        let report = await harness.poller.poll(
            harness.source("/api/list", list: .json, json: JSONListMapping(preset: .spbCMS)))

        #expect(report.failure?.kind == .content)
        #expect(report.failure?.message.contains("not JSON") == true)
    }
}
