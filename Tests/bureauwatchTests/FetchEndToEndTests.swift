import Foundation
import PostgresTesting
import Testing
import WatchTesting

/// `bureauwatch fetch` as a user runs it, against the demo site served on 127.0.0.1.
@Suite struct FetchEndToEndTests {
    static let site = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("DemoSite")

    /// `baseline` is off unless asked for: these tests count the first fetch's announcements.
    static func config(
        for server: LoopbackHTTPServer, in folder: URL, webhook: String? = nil,
        baseline: Bool = false, store: String? = nil
    ) throws -> URL {
        let sources = [
            TestConfig.Source(id: "gd-news", name: "广东省邮政管理局 · 工作动态", url: "\(server.baseURL)/gd/list.html"),
            TestConfig.Source(
                id: "mirror-shjd", name: "通讯邮递调研网 · 社会监督", kind: "mirror",
                url: "\(server.baseURL)/mirror/list.html"),
        ]
        return try TestConfig(
            sources: sources,
            defaults: ["interval: 10m", "baseline: \(baseline)", "per_host: { concurrency: 2, delay: 0s }"],
            servesMetrics: true, webhook: webhook.map { TestConfig.Webhook(url: $0, secret: "s3cret") },
            store: store
        )
        .write(in: folder)
    }

    @Test(arguments: StoreBackend.allCases)
    func aFirstFetchStoresEachArticleOnceAndASecondFindsNothingNew(backend: StoreBackend) async throws {
        let demo = try await SiteFixture(backend)
        defer { demo.stop() }
        let (folder, config) = (demo.folder, demo.config)

        let first = try await BinaryRun.bureauwatch(["fetch", "--config", config.path])
        #expect(first.status == 0, "\(first.stderr)")
        let watch = folder.url.appendingPathComponent("watch")
        let files = try FileManager.default.contentsOfDirectory(atPath: watch.path).filter { $0.hasSuffix(".md") }
            .sorted()
        // Three bureau articles, the digest's eight items and one mirror-only article; the
        // mirror's copy of a1 is a sighting of the bureau's page.
        #expect(files.count == 12, "\(files)")
        #expect(files.filter { $0.contains("_gd-news_") }.count == 3)
        #expect(FileManager.default.fileExists(atPath: watch.appendingPathComponent("feed.xml").path))
        let row = first.stdout.split(separator: "\n").first { $0.hasPrefix("gd-news") }.map(String.init) ?? ""
        #expect(
            row.split(separator: " ", omittingEmptySubsequences: true).map(String.init) == [
                "gd-news", "4", "0", "3", "0", "0", "0", "0",
            ])

        let a1 = try #require(files.first { $0.hasPrefix("2023-10-26_gd-news_") })
        let text = try String(contentsOf: watch.appendingPathComponent(a1), encoding: .utf8)
        #expect(text.contains("title: 河源、梅州、茂名、潮州局召开三季度政企联席会"))
        #expect(text.contains("published: 2023-10-26")) // a date, or a time where the page states one
        #expect(text.contains("publisher: 广东省邮政管理局"))
        #expect(!text.contains("ICP"))

        let feed = watch.appendingPathComponent("feed.xml").path
        let feedFile = try FileManager.default.attributesOfItem(atPath: feed)[.systemFileNumber] as? Int
        let second = try await BinaryRun.bureauwatch(["fetch", "--config", config.path])
        #expect(second.status == 0, "\(second.stderr)")
        let again = try FileManager.default.contentsOfDirectory(atPath: watch.path).filter { $0.hasSuffix(".md") }
        #expect(again.count == 12)
        // Nothing changed, so the feed was not rewritten (a rewrite renames a new file into place).
        #expect(try FileManager.default.attributesOfItem(atPath: feed)[.systemFileNumber] as? Int == feedFile)
        let secondRow = second.stdout.split(separator: "\n").first { $0.hasPrefix("gd-news") }.map(String.init) ?? ""
        // The list and three rechecks answer 304.
        #expect(
            secondRow.split(separator: " ", omittingEmptySubsequences: true).map(String.init)[2...4] == ["4", "0", "0"])
    }

    @Test(arguments: StoreBackend.allCases)
    func aSourceThatCannotBeReachedExitsOneAndIsRecorded(backend: StoreBackend) async throws {
        let demo = try await SiteFixture(backend)
        demo.stop() // nothing listens there any more
        let run = try await BinaryRun.bureauwatch(["fetch", "--config", demo.config.path, "--source", "gd-news"])
        #expect(run.status == 1)
        #expect(run.stdout.contains("(failed)"))
        #expect(run.stdout.contains("connect"))
        let recorded = try await #require(try FaultReport.read(config: demo.config)["gd-news"])
        #expect(recorded.consecutiveFailures == 1 && recorded.lastError?.contains("connect") == true)
        #expect(try await demo.state.polledSources(stateFolder: demo.stateFolder) == ["gd-news"])
    }

    @Test func anUnknownSourceIsAUsageError() async throws {
        let folder = try TemporaryFolder()
        let server = try LoopbackHTTPServer(handler: StaticSite(root: Self.site).reply)
        defer { server.stop() }
        let config = try Self.config(for: server, in: folder.url)
        let run = try await BinaryRun.bureauwatch(["fetch", "--config", config.path, "--source", "nope"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("no source 'nope'"))
    }
}
