import Foundation
import WatchCore
import WatchFetch
import WatchPipeline
import WatchTesting

/// A `Pipeline` polling one source of a `PageSite` on a loopback server: no retries, no
/// webhooks, the manual clock at its fixed start, the store of the kind asked for.
struct PipelineHarness {
    let site = PageSite()
    let server: LoopbackHTTPServer
    let pipeline: Pipeline
    private let opened: PipelineStore

    var store: any Store { pipeline.store }
    var clock: ManualClock { pipeline.clock }
    var poller: SourcePoller { pipeline.poller }
    var watchDir: URL { pipeline.watch }

    init(store kind: PipelineStore.Kind = .memory) async throws {
        let site = self.site
        server = try LoopbackHTTPServer { site.reply($0) }
        // The watch folder and an SQLite state side by side in a folder of the test's own.
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("pipeline-\(UUID().uuidString)")
        let watch = base.appendingPathComponent("watch")
        let clock = ManualClock()
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        opened = try await PipelineStore(kind, folder: base, clock: clock)
        pipeline = try await Pipeline(
            store: opened.store, watch: watch, webhooks: [], retry: RetryPolicy(maxRetries: 0), clock: clock)
    }

    /// A bureau source on this server, robots.txt off unless asked, no politeness delay.
    func source(
        _ path: String, pages: Int = 1, robots: Bool = false, list: ListFormat = .html,
        json: JSONListMapping? = nil
    ) -> SourceConfig {
        SourceConfig(
            id: "test-source", name: "测试", kind: .bureau, url: server.baseURL + path,
            perHost: PerHostPolicy(concurrency: 1, delay: .zero), robots: robots, pages: pages,
            list: list, json: json)
    }

    /// Paths requested so far, in order.
    var paths: [String] { server.requests.map(\.path) }

    func stop() {
        server.stop()
        opened.remove()
        try? FileManager.default.removeItem(at: watchDir.deletingLastPathComponent())
    }
}
