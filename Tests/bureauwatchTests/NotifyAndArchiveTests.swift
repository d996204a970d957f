import Foundation
import PostgresTesting
import Testing
import WatchTesting

/// `notify test` and `archive: true`, through the binary.
@Suite struct NotifyAndArchiveTests {
    /// `notify test` sends without the store: it records nothing, on either backend.
    @Test(arguments: StoreBackend.allCases)
    func notifyTestSendsOneSignedSampleAndPrintsTheAnswer(backend: StoreBackend) async throws {
        let receiver = try LoopbackHTTPServer { _ in .text("received", contentType: "text/plain") }
        defer { receiver.stop() }
        let demo = try await SiteFixture(backend, webhook: receiver.baseURL + "/hook")
        defer { demo.stop() }
        let run = try await BinaryRun.bureauwatch(["notify", "test", "test", "--config", demo.config.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("HTTP 200"))
        #expect(run.stdout.contains("received"))
        let request = try #require(receiver.requests.first)
        #expect(receiver.requests.count == 1)
        #expect(request.header("X-Bureauwatch-Event") == "test")
        #expect(request.header("X-Bureauwatch-Signature-256")?.hasPrefix("sha256=") == true)
        #expect(try await demo.state.polledSources(stateFolder: demo.stateFolder) == nil)
    }

    @Test(arguments: StoreBackend.allCases)
    func archiveTrueKeepsEveryAnsweredPageInAMonthlyWARCFile(backend: StoreBackend) async throws {
        let demo = try await SiteFixture(backend)
        defer { demo.stop() }
        let text = try String(contentsOf: demo.config, encoding: .utf8)
        try ("archive: true\n" + text).write(to: demo.config, atomically: true, encoding: .utf8)
        let run = try await BinaryRun.bureauwatch(["fetch", "--config", demo.config.path, "--source", "gd-news"])
        #expect(run.status == 0, "\(run.stderr)")
        // The WARCs stay in the state folder on PostgreSQL too: each daemon archives what it fetched.
        let archive = demo.stateFolder.appendingPathComponent("archive")
        let files = try FileManager.default.contentsOfDirectory(atPath: archive.path)
        #expect(files.count == 1)
        #expect(files.first?.hasSuffix(".warc.gz") == true)
        let size =
            try FileManager.default.attributesOfItem(atPath: archive.appendingPathComponent(files[0]).path)[.size]
            as? Int
        #expect((size ?? 0) > 1_000)
        #expect(try await demo.state.polledSources(stateFolder: demo.stateFolder) == ["gd-news"])
    }
}
