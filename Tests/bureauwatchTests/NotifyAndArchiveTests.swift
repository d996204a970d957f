import Foundation
import Testing
import WatchTesting

/// `notify test` and `archive: true`, through the binary.
@Suite struct NotifyAndArchiveTests {
    @Test func notifyTestSendsOneSignedSampleAndPrintsTheAnswer() throws {
        let receiver = try LoopbackHTTPServer { _ in .text("received", contentType: "text/plain") }
        defer { receiver.stop() }
        let site = try LoopbackHTTPServer(handler: StaticSite(root: FetchEndToEndTests.site).reply)
        defer { site.stop() }
        let folder = try TemporaryFolder()
        let config = try FetchEndToEndTests.config(for: site, in: folder.url, webhook: receiver.baseURL + "/hook")
        let run = try BinaryRun.bureauwatch(["notify", "test", "test", "--config", config.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("HTTP 200"))
        #expect(run.stdout.contains("received"))
        let request = try #require(receiver.requests.first)
        #expect(receiver.requests.count == 1)
        #expect(request.header("X-Bureauwatch-Event") == "test")
        #expect(request.header("X-Bureauwatch-Signature-256")?.hasPrefix("sha256=") == true)
    }

    @Test func archiveTrueKeepsEveryAnsweredPageInAMonthlyWARCFile() throws {
        let site = try LoopbackHTTPServer(handler: StaticSite(root: FetchEndToEndTests.site).reply)
        defer { site.stop() }
        let folder = try TemporaryFolder()
        let config = try FetchEndToEndTests.config(for: site, in: folder.url)
        let text = try String(contentsOf: config, encoding: .utf8)
        try ("archive: true\n" + text).write(to: config, atomically: true, encoding: .utf8)
        let run = try BinaryRun.bureauwatch(["fetch", "--config", config.path, "--source", "gd-news"])
        #expect(run.status == 0, "\(run.stderr)")
        let archive = folder.url.appendingPathComponent("state/archive")
        let files = try FileManager.default.contentsOfDirectory(atPath: archive.path)
        #expect(files.count == 1)
        #expect(files.first?.hasSuffix(".warc.gz") == true)
        let size =
            try FileManager.default.attributesOfItem(atPath: archive.appendingPathComponent(files[0]).path)[.size]
            as? Int
        #expect((size ?? 0) > 1_000)
    }
}
