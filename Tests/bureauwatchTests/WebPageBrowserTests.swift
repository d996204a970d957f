import Foundation
import PostgresTesting
import Testing
import WatchTesting

#if canImport(Glibc)
    import Glibc
#endif

/// The daemon's web page in a real browser: `bureauwatch run` against the demo site plus a
/// source that answers 404, then headless Chromium reads the rendered pages; on each store.
@Suite(.serialized) struct WebPageBrowserTests {
    /// Where the screenshot goes: `$BUREAUWATCH_TEST_OUTPUT`, else `.build/test-output` in the package.
    static var outputFolder: URL {
        if let folder = ProcessInfo.processInfo.environment["BUREAUWATCH_TEST_OUTPUT"] {
            return URL(fileURLWithPath: folder)
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".build/test-output")
    }

    @Test(
        .enabled(
            if: Chromium.isInstalled || Chromium.isRequired,
            "Chromium is not installed (make deps installs it); the browser test is skipped"),
        arguments: StoreBackend.allCases)
    func theBrowserShowsANewArticleAndTheFailingSource(backend: StoreBackend) async throws {
        try #require(Chromium.isInstalled, "CI=true and \(Chromium.path) is missing: make deps installs chromium")
        let state = try await DaemonState(backend)
        let server = try LoopbackHTTPServer(handler: StaticSite(root: FetchEndToEndTests.site).reply)
        defer { server.stop() }
        let folder = try TemporaryFolder()
        let config = try Self.config(for: server, in: folder.url, store: state.storeLine)
        let started = try NotifiedDaemon(config: config, folder: folder.url)
        let (daemon, systemd, log) = (started.process, started.systemd, started.log)
        defer {
            if daemon.wait(timeout: 0) == nil {
                daemon.signal(SIGTERM)
                _ = daemon.wait(timeout: 10)
            }
        }
        #expect(await systemd.waitFor("READY=1", timeout: 30) != nil, "no READY=1")
        // The two sources' first polls are spread over the 30 s interval: one STATUS= each.
        #expect(await systemd.waitFor("STATUS=", timeout: 60) != nil, "the first poll did not end")
        #expect(await systemd.waitFor("STATUS=", timeout: 60) != nil, "the second poll did not end")
        let base = "http://" + (try Self.address(log: log))
        let profile = folder.url.appendingPathComponent("chromium")
        try await Self.expectPages(base: base, profile: profile)
        try await Self.expectScreenshot(base: base, profile: profile)

        daemon.signal(SIGTERM)
        #expect(await daemon.wait(timeout: 10) == 0)
        // The pages were read from the store under test: the daemon polled both sources into it.
        let stateFolder = folder.url.appendingPathComponent("state")
        #expect(try await state.polledSources(stateFolder: stateFolder) == ["gd-news", "gone-list"])
    }

    /// The notices page, its search in simplified and traditional characters, the sources page.
    static func expectPages(base: String, profile: URL) async throws {
        let notices = try await Chromium.dumpDOM(base + "/", profile: profile)
        #expect(notices.status == 0, "\(notices.errors)")
        #expect(notices.output.contains("河源、梅州、茂名、潮州局召开三季度政企联席会"), "the new article is not on the page")
        let search = try await Chromium.dumpDOM(base + "/?q=" + Self.encoded("双11"), profile: profile)
        #expect(search.output.contains("广州市邮政管理局开展“双11”旺季服务保障检查"))
        #expect(!search.output.contains("河源、梅州、茂名、潮州局召开三季度政企联席会"))
        // 雙 is the traditional form of 双: the search box finds the simplified title too.
        let traditional = try await Chromium.dumpDOM(base + "/?q=" + Self.encoded("雙11"), profile: profile)
        #expect(traditional.output.contains("广州市邮政管理局开展“双11”旺季服务保障检查"), "a traditional query found nothing")
        let sources = try await Chromium.dumpDOM(base + "/sources", profile: profile)
        let broken = try #require(
            sources.output.components(separatedBy: "<tr").first { $0.contains("data-source=\"gone-list\"") })
        #expect(broken.contains("失败 failing"), "the failing source is not shown failing")
        #expect(broken.contains("HTTP 404"))
    }

    /// A PNG of the notices page in `outputFolder`, for a person to look at.
    static func expectScreenshot(base: String, profile: URL) async throws {
        try FileManager.default.createDirectory(at: Self.outputFolder, withIntermediateDirectories: true)
        let picture = Self.outputFolder.appendingPathComponent("web-page.png")
        try? FileManager.default.removeItem(at: picture)
        let shot = try await Chromium.screenshot(base + "/", to: picture, profile: profile)
        #expect(shot.status == 0, "\(shot.errors)")
        let png = try Data(contentsOf: picture)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]) && png.count > 10_000, "no screenshot at \(picture.path)")
    }

    static func config(for server: LoopbackHTTPServer, in folder: URL, store: String?) throws -> URL {
        try TestConfig(
            sources: [
                TestConfig.Source(id: "gd-news", name: "广东省邮政管理局 · 工作动态", url: "\(server.baseURL)/gd/list.html"),
                TestConfig.Source(id: "gone-list", name: "已下线的栏目", url: "\(server.baseURL)/gone/list.html"),
            ], defaults: ["interval: 30s", "jitter: 0%", "robots: false", "per_host: { concurrency: 2, delay: 0s }"],
            servesMetrics: true, store: store
        ).write(in: folder)
    }

    /// The web server's `host:port` from the daemon's log line.
    static func address(log: String) throws -> String {
        let text = try String(contentsOfFile: log, encoding: .utf8)
        let line = try #require(text.split(separator: "\n").first { $0.contains("serving /metrics") })
        return String(try #require(line.split(separator: " ").first { $0.hasPrefix("address=") }?.dropFirst(8)))
    }

    static func encoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
    }
}
