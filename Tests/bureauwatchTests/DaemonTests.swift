import Foundation
import PostgresTesting
import Testing
import WatchTesting

#if canImport(Glibc)
    import Glibc
#endif

/// `bureauwatch run` as systemd runs it: a subprocess reporting to a notify socket.
@Suite struct DaemonTests {
    @Test(arguments: StoreBackend.allCases)
    func readyReloadRefusalSecondInstanceAndGracefulStop(backend: StoreBackend) async throws {
        let demo = try await SiteFixture(backend)
        defer { demo.stop() }
        let (folder, config) = (demo.folder, demo.config)
        let started = try NotifiedDaemon(config: config, folder: folder.url)
        let (daemon, systemd, log) = (started.process, started.systemd, started.log)

        #expect(await systemd.waitFor("READY=1", timeout: 30) != nil, "no READY=1")
        // The first source is due at once; its poll ends with a STATUS line.
        #expect(await systemd.waitFor("STATUS=", timeout: 30) != nil, "no STATUS=")

        try expectMetrics(log: log)

        // One daemon per SQLite state; on PostgreSQL several may share one config (no lock).
        if backend == .sqlite {
            let second = try await BinaryRun.bureauwatch(["run", "--config", config.path])
            #expect(second.status == 2)
            #expect(second.stderr.contains("already running"))
        }

        try "sources: [ {id: broken".write(to: config, atomically: true, encoding: .utf8)
        daemon.signal(SIGHUP)
        let reload = await systemd.waitFor("READY=1", timeout: 20)
        #expect(reload?.contains("RELOADING=1") == true)
        #expect(await daemon.wait(timeout: 0) == nil, "the daemon died on a bad config")
        let logText = try String(contentsOfFile: log, encoding: .utf8)
        #expect(logText.contains("config refused"))

        daemon.signal(SIGTERM)
        #expect(await daemon.wait(timeout: 10) == 0)
        #expect(await systemd.waitFor("STOPPING=1", timeout: 1) != nil)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.url.appendingPathComponent("watch").path)
        #expect(!files.contains { $0.hasPrefix(".") }, "a temporary file was left: \(files)")
    }

    /// Finds the endpoint's address in the log and reads /metrics with Prometheus's own parser.
    func expectMetrics(log: String) throws {
        let text = try String(contentsOfFile: log, encoding: .utf8)
        let line = try #require(text.split(separator: "\n").first { $0.contains("serving /metrics") })
        let address = try #require(line.split(separator: " ").first { $0.hasPrefix("address=") }?.dropFirst(8))
        let script = """
            import sys, urllib.request
            from prometheus_client.parser import text_string_to_metric_families
            body = urllib.request.urlopen("http://\(address)/metrics").read().decode()
            families = {f.name: f for f in text_string_to_metric_families(body)}
            polls = sum(s.value for s in families["bureauwatch_polls"].samples if s.name == "bureauwatch_polls_total")
            print(int(polls), "bureauwatch_fetch_duration_seconds" in families)
            print(urllib.request.urlopen("http://\(address)/healthz").read().decode())
            """
        let run = try ChildProcess.run("python3", ["-c", script])
        #expect(run.status == 0, "\(run.errors)")
        let lines = run.output.split(separator: "\n").map(String.init)
        #expect(lines.first == "1 True", "\(run.output)")
        #expect(lines.dropFirst().first?.contains("\"status\":\"ok\"") == true)
    }
}

/// The daemon's database deleted under it: it stops with an error instead of writing to a file
/// nobody will read again.
@Suite struct LostDatabaseTests {
    @Test func theDaemonStopsWithAnErrorWhenItsDatabaseIsDeleted() async throws {
        let server = try LoopbackHTTPServer(handler: StaticSite(root: FetchEndToEndTests.site).reply)
        defer { server.stop() }
        let folder = try TemporaryFolder()
        let config = try FetchEndToEndTests.config(for: server, in: folder.url)
        let started = try NotifiedDaemon(config: config, folder: folder.url)
        let (daemon, systemd, log) = (started.process, started.systemd, started.log)
        defer { daemon.signal(SIGKILL) }
        #expect(await systemd.waitFor("STATUS=", timeout: 30) != nil, "no STATUS=")

        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("state/bureauwatch.sqlite"))
        let status = await daemon.wait(timeout: 20)
        #expect(status != nil && status != 0, "the daemon went on without its database")
        let text = try String(contentsOfFile: log, encoding: .utf8)
        #expect(text.contains("was deleted or replaced while in use"), "\(text.suffix(800))")
    }
}
