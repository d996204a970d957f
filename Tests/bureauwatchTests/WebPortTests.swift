import Foundation
import Testing
import WatchTesting

/// The daemon's HTTP address is checked at start-up: a port already taken ends `run` with exit 2.
@Suite struct WebPortTests {
    @Test func aTakenPortStopsTheDaemonWithExitTwo() throws {
        let server = try LoopbackHTTPServer(handler: StaticSite(root: FetchEndToEndTests.site).reply)
        defer { server.stop() }
        let folder = try TemporaryFolder()
        let config = try FetchEndToEndTests.config(for: server, in: folder.url)
        let taken = try String(contentsOf: config, encoding: .utf8)
            .replacingOccurrences(of: "127.0.0.1:0", with: "127.0.0.1:\(server.port)")
        try taken.write(to: config, atomically: true, encoding: .utf8)

        // `timeout`: a daemon that kept running would otherwise hang the test run.
        let run = try ChildProcess.run("timeout", ["60", CommandTreeTests.binary.path, "run", "--config", config.path])
        #expect(run.status == 2, "\(run.errors)")
        #expect(run.errors.contains("error: cannot serve /metrics and the web page on 127.0.0.1:\(server.port)"))
    }
}
