import Foundation
import PostgresTesting
import Testing
import WatchTesting

/// The daemon's HTTP address is checked at start-up: a port already taken ends `run` with exit 2.
@Suite struct WebPortTests {
    @Test(arguments: StoreBackend.allCases)
    func aTakenPortStopsTheDaemonWithExitTwo(backend: StoreBackend) async throws {
        let demo = try await SiteFixture(backend)
        defer { demo.stop() }
        let taken = try String(contentsOf: demo.config, encoding: .utf8)
            .replacingOccurrences(of: "127.0.0.1:0", with: "127.0.0.1:\(demo.server.port)")
        try taken.write(to: demo.config, atomically: true, encoding: .utf8)

        // `timeout`: a daemon that kept running would otherwise hang the test run.
        let run = try await ChildProcess.run(
            "timeout", ["60", CommandTreeTests.binary.path, "run", "--config", demo.config.path])
        #expect(run.status == 2, "\(run.errors)")
        #expect(run.errors.contains("error: cannot serve /metrics and the web page on 127.0.0.1:\(demo.server.port)"))
        // The store opens before the web page starts: the refusal came from a daemon on this state.
        #expect(try await demo.state.open(stateFolder: demo.stateFolder) != nil)
    }
}
