import Foundation
import Testing
import WatchTesting
#if canImport(Glibc)
import Glibc
#endif

/// `bureauwatch run` as systemd runs it: a subprocess reporting to a notify socket.
@Suite struct DaemonTests {
    @Test func readyReloadRefusalSecondInstanceAndGracefulStop() throws {
        let server = try LoopbackHTTPServer(handler: StaticSite(root: FetchEndToEndTests.site).reply)
        defer { server.stop() }
        let folder = try TemporaryFolder()
        let config = try FetchEndToEndTests.config(for: server, in: folder.url)
        let systemd = try NotifyListener()
        let log = folder.url.appendingPathComponent("daemon.log").path
        var environment = ProcessInfo.processInfo.environment
        environment["NOTIFY_SOCKET"] = systemd.path
        let daemon = try SpawnedProcess(CommandTreeTests.binary.path, ["run", "--config", config.path],
                                        environment: environment, output: log)

        #expect(systemd.waitFor("READY=1", timeout: 30) != nil, "no READY=1")
        // The first source is due at once; its poll ends with a STATUS line.
        #expect(systemd.waitFor("STATUS=", timeout: 30) != nil, "no STATUS=")

        let second = try BinaryRun.bureauwatch(["run", "--config", config.path])
        #expect(second.status == 2)
        #expect(second.stderr.contains("already running"))

        try "sources: [ {id: broken".write(to: config, atomically: true, encoding: .utf8)
        daemon.signal(SIGHUP)
        let reload = systemd.waitFor("READY=1", timeout: 20)
        #expect(reload?.contains("RELOADING=1") == true)
        #expect(daemon.wait(timeout: 0) == nil, "the daemon died on a bad config")
        let logText = try String(contentsOfFile: log, encoding: .utf8)
        #expect(logText.contains("config refused"))

        daemon.signal(SIGTERM)
        #expect(daemon.wait(timeout: 10) == 0)
        #expect(systemd.waitFor("STOPPING=1", timeout: 1) != nil)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.url.appendingPathComponent("watch").path)
        #expect(!files.contains { $0.hasPrefix(".") }, "a temporary file was left: \(files)")
    }
}
