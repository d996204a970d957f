import Foundation
import PostgresTesting
import Testing
import WatchTesting

/// A page whose title and body carry terminal escapes: nothing bureauwatch writes or prints
/// carries them (watch file, feed, `articles list/show/search`, `extract`), whichever store
/// the `articles` commands read the record from.
@Suite struct ControlCharacterTests {
    static let title = "关于寄递安全\u{1B}]0;pwned\u{07}检查的通知\u{202E}"
    static let paragraphs = [
        "各市邮政管理局：\u{1B}[2J为做好寄递安全工作，&#27;[31m现就开展专项检查有关事项通知如下。",
        "请各单位认真组织实施\u{07}，按时报送检查结果。",
    ]

    @Test(arguments: StoreBackend.allCases)
    func noEscapeReachesAFileTheFeedOrTheTerminal(backend: StoreBackend) async throws {
        let state = try await DaemonState(backend)
        let folder = try TemporaryFolder()
        let site = MirrorSite(root: folder.url.appendingPathComponent("site"))
        try site.writeBureau(title: Self.title, info: "发布时间：2024-07-18　来源：山西省邮政管理局", paragraphs: Self.paragraphs)
        let server = try LoopbackHTTPServer(handler: StaticSite(root: site.root).reply)
        defer { server.stop() }
        let config = try MirrorSite.config(base: server.baseURL, in: folder.url, store: state.storeLine)
        let fetch = try await BinaryRun.bureauwatch(["fetch", "--config", config.path, "--source", "sx-news"])
        #expect(fetch.status == 0, "\(fetch.stderr)")
        let stateFolder = folder.url.appendingPathComponent("state")
        #expect(try await state.polledSources(stateFolder: stateFolder) == ["sx-news"])

        let watch = folder.url.appendingPathComponent("watch")
        let written = try FileManager.default.contentsOfDirectory(atPath: watch.path).filter {
            $0.hasSuffix(".md") || $0.hasSuffix(".xml")
        }
        // Three articles, feed.xml and the per-source feeds.
        #expect(written.filter { $0.hasSuffix(".md") }.count == 3 && written.contains("feed.xml"), "\(written)")
        var outputs: [(String, String)] = try written.map {
            ($0, try String(contentsOf: watch.appendingPathComponent($0), encoding: .utf8))
        }
        let id = try #require(
            written.first { $0.hasPrefix("2024-07-18_") }?.split(separator: "_").last?.split(separator: ".").first.map(
                String.init))
        for arguments in [
            ["articles", "list"], ["articles", "show", id], ["articles", "show", id, "--json"],
            ["articles", "search", "寄递安全"], ["articles", "list", "--json"],
        ] {
            let run = try await BinaryRun.bureauwatch(arguments + ["--config", config.path])
            #expect(run.status == 0, "\(arguments): \(run.stderr)")
            #expect(run.stdout.contains("检查的通知"), "\(arguments): \(run.stdout)")
            outputs.append((arguments.joined(separator: " "), run.stdout))
        }
        let file = site.root.appendingPathComponent("bureau/a1.html").path
        for arguments in [["extract", file], ["extract", file, "--json"]] {
            let run = try await BinaryRun.bureauwatch(arguments)
            #expect(run.status == 0, "\(arguments): \(run.stderr)")
            outputs.append((arguments.joined(separator: " "), run.stdout))
        }
        for (name, text) in outputs {
            let raw = text.unicodeScalars.filter { [0x1B, 0x07, 0x202E].contains($0.value) }
            #expect(raw.isEmpty, "\(name) printed \(raw.map { String($0.value, radix: 16) })")
        }
    }
}
