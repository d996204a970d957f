import Foundation
import PostgresTesting
import Testing
import WatchTesting

#if canImport(Glibc)
    import Glibc
#endif

/// After a SIGHUP that changes an interval and renames a source, `sources` shows the new next
/// poll and the feeds the new name, without waiting for another poll.
@Suite struct ReloadScheduleTests {
    @Test(arguments: StoreBackend.allCases)
    func aReloadReplansTheChangedIntervalAndRewritesTheFeedsWithTheNewName(backend: StoreBackend) async throws {
        let demo = try await SiteFixture(backend)
        defer { demo.stop() }
        let (folder, config) = (demo.folder, demo.config)
        let systemd = try NotifyListener()
        var environment = ProcessInfo.processInfo.environment
        environment["NOTIFY_SOCKET"] = systemd.path
        let daemon = try BackgroundProcess(
            CommandTreeTests.binary.path, ["run", "--config", config.path],
            environment: environment, output: folder.url.appendingPathComponent("log").path)
        defer {
            daemon.signal(SIGTERM)
            _ = daemon.wait(timeout: 10)
        }
        #expect(await systemd.waitFor("READY=1", timeout: 30) != nil, "no READY=1")
        #expect(await systemd.waitFor("STATUS=", timeout: 30) != nil, "no STATUS=") // gd-news polled, due in 10m ± 10%

        let text = try String(contentsOf: config, encoding: .utf8)
            .replacingOccurrences(of: "interval: 10m", with: "interval: 6h")
            .replacingOccurrences(of: "name: 广东省邮政管理局 · 工作动态", with: "name: 广东局 · 新名字")
        try text.write(to: config, atomically: true, encoding: .utf8)
        daemon.signal(SIGHUP)
        let reload = await systemd.waitFor("READY=1", timeout: 20)
        #expect(reload?.contains("RELOADING=1") == true)

        let sources = try await BinaryRun.bureauwatch(["sources", "--json", "--config", config.path])
        #expect(sources.status == 0, "\(sources.stderr)")
        let rows = try JSONSerialization.jsonObject(with: Data(sources.stdout.utf8)) as? [[String: Any]] ?? []
        let gd = try #require(rows.first { $0["id"] as? String == "gd-news" })
        let formatter = ISO8601DateFormatter()
        let last = try #require((gd["last_success"] as? String).flatMap(formatter.date))
        let next = try #require((gd["next_poll"] as? String).flatMap(formatter.date))
        // 6h ± 10% after the last poll, not the 10m planned before the reload.
        #expect(next.timeIntervalSince(last) > 5 * 3600, "next poll \(next) after \(last)")

        let watch = folder.url.appendingPathComponent("watch")
        let feed = try String(contentsOf: watch.appendingPathComponent("feed.xml"), encoding: .utf8)
        #expect(feed.contains("label=\"广东局 · 新名字\""))
        #expect(!feed.contains("广东省邮政管理局 · 工作动态"))
        let own = try String(contentsOf: watch.appendingPathComponent("feed-gd-news.xml"), encoding: .utf8)
        #expect(own.contains("<title type=\"text\">bureauwatch · 广东局 · 新名字</title>"))
    }
}
