import Foundation
import Testing
import WatchCore
import WatchPipeline

/// The list step on its own: a fetched response in, rows (or a stub, or a refusal) out.
@Suite struct ListReaderTests {
    static let pageURL = "https://www.spb.gov.cn/gjyzj/c100275/pubtz.shtml"

    func response(_ body: String, url: String = pageURL) -> HTTPResponse {
        HTTPResponse(
            status: 200, finalURL: url, headers: [HTTPHeader("Content-Type", "text/html; charset=utf-8")],
            body: Array(body.utf8))
    }

    func source(list: ListFormat = .html, json: JSONListMapping? = nil) -> SourceConfig {
        SourceConfig(id: "s", name: "s", kind: .bureau, url: Self.pageURL, list: list, json: json)
    }

    @Test func theRealStubIsReadAsAStub() throws {
        // The 137-byte body SITES.md describes.
        let body = "<script>window.location.href=\"/gjyzj/c100276/common_list.shtml\"</script>"
        let reading = try HTMLListReader().read(response(body), page: 1, source: source())
        #expect(reading == .stub(target: "https://www.spb.gov.cn/gjyzj/c100276/common_list.shtml"))
    }

    @Test func aLargePageWithARedirectScriptIsNotAStub() throws {
        let rows = (1...3).map { "<li><a href=\"/a/\($0).shtml\">关于第\($0)号邮政业务的公告</a><span>2026-09-0\($0)</span></li>" }
        let filler = String(repeating: "<p>页脚信息</p>", count: 400)
        let body =
            "<html><body><ul>\(rows.joined())</ul>\(filler)<script>if(old){location.href='/m/'}</script></body></html>"
        let reading = try HTMLListReader().read(response(body), page: 1, source: source())
        guard case .rows(let found, _, _) = reading else {
            Issue.record("expected rows, got \(reading)")
            return
        }
        #expect(found.count == 3)
    }

    @Test func jsonRowsSkipNullsAndResolveLinks() throws {
        let json = """
            {"data":{"total":2,"results":[
              {"title":"标题一","url":"/p/1.shtml","publishedTimeStr":"2026-09-04 00:00:00","content":"null","resList":[]},
              {"title":"null","url":"/p/2.shtml"}]}}
            """
        let reader = JSONListReader(mapping: JSONListMapping(preset: .spbCMS))
        let reading = try reader.read(
            response(json, url: "https://www.spb.gov.cn/common/search/x?page=1"), page: 1,
            source: source(list: .json, json: JSONListMapping(preset: .spbCMS)))
        guard case .rows(let rows, _, let total) = reading else {
            Issue.record("expected rows, got \(reading)")
            return
        }
        #expect(total == 2)
        #expect(rows.map(\.item.url) == ["https://www.spb.gov.cn/p/1.shtml"])
        #expect(rows.first?.article == nil) // no body: the article page is requested
        var shanghai = Calendar(identifier: .gregorian)
        shanghai.timeZone = TimeZone(identifier: "Asia/Shanghai")!
        #expect(rows.first?.item.date == shanghai.date(from: DateComponents(year: 2026, month: 9, day: 4)))
    }

    @Test func anHTTPLinkOnTheHTTPSAPIsOwnHostBecomesHTTPS() {
        let url = JSONListReader.articleURL(
            "http://www.spb.gov.cn/gjyzj/c100012/202609/x.shtml",
            base: "https://www.spb.gov.cn/common/search/x?page=1")
        #expect(url == "https://www.spb.gov.cn/gjyzj/c100012/202609/x.shtml")
        #expect(
            JSONListReader.articleURL("http://other.example/x", base: "https://www.spb.gov.cn/")
                == "http://other.example/x")
    }
}
