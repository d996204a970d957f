import Foundation
import Testing
import WatchTesting

/// `bureauwatch extract --list` on a list served over loopback and on a saved file, and
/// `check` refusing selectors and URLs that could only fail at fetch time, through the binary.
@Suite struct ExtractListCommandTests {
    static let rows = """
        <html><head><meta charset="utf-8"><title>行业要闻_国家邮政局</title></head><body>
        <div class="header"><ul class="nav"><li><a href="/gjyzj/index.shtml">首页</a></li><li><a href="/gjyzj/c100015/common_list.shtml">新闻</a></li></ul></div>
        <div class="main"><ul>
        <li><a href="/gjyzj/c100015/c100016/202609/0f1e2d3c4b5a69788796a5b4c3d2e1f0.shtml" target="_blank"><img src="/i.png"/><p>国家邮政局召开2026年第三季度例行新闻发布会</p><span>2026-09-04</span></a></li>
        <li><a href="/gjyzj/c100015/c100016/202609/1a2b3c4d5e6f70819203a4b5c6d7e8f9.shtml" target="_blank"><img src="/i.png"/><p>8月中国快递发展指数报告</p><span>2026-09-02</span></a></li>
        <li><a href="https://www.gov.cn/zhengce/content_1.htm" target="_blank"><img src="/i.png"/><p>国务院办公厅关于推进快递业绿色发展的通知</p><span>2026-09-01</span></a></li>
        </ul></div></body></html>
        """

    static func serve(_ html: String) throws -> (LoopbackHTTPServer, TemporaryFolder) {
        let folder = try TemporaryFolder()
        let list = folder.url.appendingPathComponent("gjyzj/c100015/c100016")
        try FileManager.default.createDirectory(at: list, withIntermediateDirectories: true)
        try Data(html.utf8).write(to: list.appendingPathComponent("common_list.html"))
        return (try LoopbackHTTPServer(handler: StaticSite(root: folder.url).reply), folder)
    }

    /// `extract --list` (with `options`) on `rows` served over loopback: the run and the site's address.
    static func extractList(_ options: [String]) async throws -> (BinaryRun, String) {
        let (server, folder) = try serve(rows)
        defer {
            server.stop()
            _ = folder
        }
        let page = server.baseURL + "/gjyzj/c100015/c100016/common_list.html"
        return (try await BinaryRun.bureauwatch(["extract", "--list"] + options + [page]), server.baseURL)
    }

    @Test func listRowsWithTheirRuleAndDroppedRowsAsText() async throws {
        let (run, site) = try await Self.extractList([])
        #expect(run.status == 0, "\(run.stderr)")
        let base = site + "/gjyzj/c100015/c100016/202609/"
        #expect(run.stdout.contains("found by: auto: li rows under ul"))
        #expect(run.stdout.contains("rows: 2"))
        #expect(
            run.stdout.contains(
                "2026-09-04  国家邮政局召开2026年第三季度例行新闻发布会\n              \(base)0f1e2d3c4b5a69788796a5b4c3d2e1f0.shtml"))
        #expect(run.stdout.contains("2026-09-02  8月中国快递发展指数报告\n"))
        #expect(run.stdout.contains("dropped: 1"))
        #expect(run.stdout.contains("<https://www.gov.cn/zhengce/content_1.htm>: link to another site (www.gov.cn)"))
    }

    /// `--json` read back field by field: the names are the contract, so they are spelled out
    /// here rather than taken from the command's own type.
    @Test func listRowsAsJSON() async throws {
        let (run, site) = try await Self.extractList(["--json"])
        #expect(run.status == 0, "\(run.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let rows = try #require(report["rows"] as? [[String: Any]])
        #expect(rows.map { $0["title"] as? String } == ["国家邮政局召开2026年第三季度例行新闻发布会", "8月中国快递发展指数报告"])
        #expect(rows.map { $0["date"] as? String } == ["2026-09-04", "2026-09-02"])
        #expect(
            rows.allSatisfy {
                ($0["url"] as? String)?.hasPrefix(site + "/gjyzj/c100015/c100016/202609/") == true
                    && $0["rule"] as? String == "auto: li rows under ul"
            })
        let dropped = try #require(report["dropped"] as? [[String: Any]])
        #expect(dropped.map { $0["reason"] as? String } == ["link to another site (www.gov.cn)"])
        #expect(report["error"] == nil)
    }

    @Test func aSavedFileWithNoListSaysWhyAndExitsOne() async throws {
        let folder = try TemporaryFolder()
        let file = folder.url.appendingPathComponent("stub.html")
        let html =
            "<html><head><base href=\"http://cdn.example-mirror.com/\"></head><body>"
            + Self.rows.replacingOccurrences(of: "href=\"/", with: "href=\"") + "</body></html>"
        try Data(html.utf8).write(to: file)
        let run = try await BinaryRun.bureauwatch([
            "extract", "--list", file.path, "--url", "https://www.spb.gov.cn/gjyzj/c100015/c100016/common_list.shtml",
        ])
        #expect(run.status == 1)
        #expect(
            run.stdout.contains(
                "error: no article links on the list page: every link leads off the site (to cdn.example-mirror.com, www.gov.cn)"
            ))
        #expect(
            run.stdout.contains("<base href=\"http://cdn.example-mirror.com/\"> moves relative links to another host"))
        let unplaced = try await BinaryRun.bureauwatch(["extract", "--list", file.path])
        #expect(unplaced.status == 2)
        #expect(unplaced.stderr.contains("needs --url"))
    }

    static func config(url: String, selectors: String = "") -> String {
        """
        state_dir: state
        watch_dir: watch
        sources:
          - id: spb-news
            name: 国家邮政局 · 行业要闻
            kind: bureau
            url: \(url)
        \(selectors)
        """
    }

    static func check(_ yaml: String) async throws -> (BinaryRun, String) {
        let folder = try TemporaryFolder()
        let file = folder.url.appendingPathComponent("sources.yaml").path
        try Data(yaml.utf8).write(to: URL(fileURLWithPath: file))
        return (try await BinaryRun.bureauwatch(["check", "--config", file]), file)
    }

    @Test func checkRefusesASelectorThatCannotCompileAtItsPosition() async throws {
        let (run, file) = try await Self.check(
            Self.config(
                url: "https://www.spb.gov.cn/gjyzj/common_list.shtml",
                selectors: "    selectors:\n      item: \"ul >> li[\"\n      date: span"))
        #expect(run.status == 2)
        #expect(
            run.stderr.contains("error: \(file):9:13: selectors.item 'ul >> li[' does not compile"), "\(run.stderr)")
        let (xpath, xpathFile) = try await Self.check(
            Self.config(
                url: "https://www.spb.gov.cn/gjyzj/common_list.shtml",
                selectors: "    selectors:\n      body: \"//div[@class='detail'\""))
        #expect(xpath.status == 2)
        #expect(xpath.stderr.contains("error: \(xpathFile):9:13: selectors.body"), "\(xpath.stderr)")
        let (good, _) = try await Self.check(
            Self.config(
                url: "https://www.spb.gov.cn/gjyzj/common_list.shtml",
                selectors: "    selectors:\n      item: \"div.list li\"\n      body: \"//div[@class='detail-news']\""))
        #expect(good.status == 0, "\(good.stderr)")
    }

    @Test func checkRefusesAPortOutOfRangeAndABadHost() async throws {
        let (run, file) = try await Self.check(Self.config(url: "https://www.spb.gov.cn:99999/gjyzj/common_list.shtml"))
        #expect(run.status == 2)
        #expect(run.stderr.contains("error: \(file):7:10:"), "\(run.stderr)")
        #expect(run.stderr.contains("the port '99999' is not in 1–65535"), "\(run.stderr)")
        let (host, _) = try await Self.check(Self.config(url: "https://www.spb gov.cn/list.shtml"))
        #expect(host.status == 2)
        let (scheme, _) = try await Self.check(Self.config(url: "ftp://www.spb.gov.cn/list.shtml"))
        #expect(scheme.status == 2)
    }

    @Test func aBodySelectorThatMatchesNothingIsAWarningOnTheArticle() async throws {
        let folder = try TemporaryFolder()
        let config = folder.url.appendingPathComponent("sources.yaml").path
        try Data(
            Self.config(
                url: "https://www.spb.gov.cn/gjyzj/common_list.shtml",
                selectors: "    selectors:\n      body: \"div.no-such-body\""
            ).utf8
        ).write(to: URL(fileURLWithPath: config))
        let page = folder.url.appendingPathComponent("article.html")
        try Data(
            """
            <html><head><meta charset="utf-8"><title>通知</title></head><body><h2>关于加强寄递安全管理的通知</h2>
            <div class="detail-news"><p>各省、自治区、直辖市邮政管理局：为进一步加强寄递安全管理，切实维护寄递渠道安全稳定，现就有关事项通知如下。</p></div></body></html>
            """.utf8
        ).write(to: page)
        let run = try await BinaryRun.bureauwatch(["extract", page.path, "--config", config, "--source", "spb-news"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            run.stdout.contains(
                "warning: selectors.body 'div.no-such-body' matched nothing on the page; the body was found without it")
        )
        #expect(run.stdout.contains("为进一步加强寄递安全管理"))
    }
}
