import Foundation
import PostgresTesting
import Testing
import WatchTesting

/// `bureauwatch fetch` over loopback against a list and an article built like www.spb.gov.cn's
/// (../shared/SITES.md): a channel with one dated row leads to its article, whose disclosure
/// header has an empty 发文字号 and both dates; a list whose `<base href>` sends every link to
/// another host fails its source with a message naming that.
@Suite struct RealTemplateFetchTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../WatchExtractTests/Fixtures/zh-gov").standardizedFileURL
    static let article = "/gjyzj/c100012/202608/7e8f9a0b1c2d43e4f5a6b7c8d9e0f1a2.html"

    static func list(base: String = "", href: String) -> String {
        """
        <html><head><meta charset="utf-8">\(base)<title>政策法规标准_国家邮政局</title></head><body>
        <div class="header"><ul class="nav"><li><a href="/gjyzj/index.html">首页</a></li><li><a href="/gjyzj/c100009/common_list.html">政策法规</a></li></ul></div>
        <div class="main"><ul><li><a href="\(href)" target="_blank"><img src="/i.png"/><p>国家邮政局关于做好2026年快递业旺季服务保障工作的通知</p><span>2026-08-18</span></a></li></ul></div>
        </body></html>
        """
    }

    static func site() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        func write(_ text: String, _ path: String) throws {
            let file = folder.url.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
        try write(list(href: article), "gjyzj/c100012/common_list.html")
        try write(
            list(base: "<base href=\"http://cdn.example-mirror.com/\">", href: String(article.dropFirst())),
            "gjyzj/c100013/common_list.html")
        let page = try String(
            contentsOf: fixtures.appendingPathComponent("spb-disclosure-notice.html"), encoding: .utf8)
        try write(page, String(article.dropFirst()))
        return folder
    }

    @Test(arguments: StoreBackend.allCases)
    func aOneRowChannelLeadsToItsDisclosureNoticeReadRight(backend: StoreBackend) async throws {
        let state = try await DaemonState(backend)
        let site = try Self.site()
        let server = try LoopbackHTTPServer(handler: StaticSite(root: site.url).reply)
        defer { server.stop() }
        let folder = try TemporaryFolder()
        let config = try Self.config(for: server, in: folder.url, store: state.storeLine)
        let run = try await BinaryRun.bureauwatch(["fetch", "--config", config.path])
        #expect(run.status == 1, "the off-site source fails: \(run.stdout)")
        #expect(
            run.stdout.contains(
                "every link leads off the site (to cdn.example-mirror.com); its <base href=\"http://cdn.example-mirror.com/\"> moves relative links to another host"
            ),
            "\(run.stdout)")
        let watch = folder.url.appendingPathComponent("watch")
        let files = try FileManager.default.contentsOfDirectory(atPath: watch.path).filter { $0.hasSuffix(".md") }
        let file = try #require(files.first { $0.contains("_spb-policy_") }, "\(files)")
        #expect(file.hasPrefix("2026-08-18_"), "发布日期, not 成文日期: \(file)")
        let text = try String(contentsOf: watch.appendingPathComponent(file), encoding: .utf8)
        #expect(text.contains("published: 2026-08-18\n"), "a date-only notice is a date")
        #expect(!text.contains("document_number"), "an empty 发文字号 is absent")
        for word in ["分 类", "字号", "我要打印", "分享到", "收藏", "索 引 号"] {
            #expect(!text.contains(word), "\(word) reached the file")
        }
        #expect(text.contains("三、保障从业人员权益"))
        let stateFolder = folder.url.appendingPathComponent("state")
        #expect(try await state.polledSources(stateFolder: stateFolder) == ["spb-policy", "spb-offsite"])
    }

    /// The channel and its off-site twin, one request at a time, on the state's store.
    static func config(for server: LoopbackHTTPServer, in folder: URL, store: String?) throws -> URL {
        try TestConfig(
            sources: [
                TestConfig.Source(
                    id: "spb-policy", name: "国家邮政局 · 政策法规标准", url: "\(server.baseURL)/gjyzj/c100012/common_list.html"),
                TestConfig.Source(
                    id: "spb-offsite", name: "国家邮政局 · 镜像", url: "\(server.baseURL)/gjyzj/c100013/common_list.html"),
            ], defaults: ["per_host: { concurrency: 1, delay: 0s }"], store: store
        ).write(in: folder)
    }
}
