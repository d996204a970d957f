import Foundation
import WatchCore
import WatchFetch
import WatchPipeline
import WatchTesting

/// A `Pipeline` polling one source of a `PageSite` on a loopback server: no retries, no
/// webhooks, the manual clock at its fixed start.
struct PipelineHarness {
    let site = PageSite()
    let server: LoopbackHTTPServer
    let pipeline: Pipeline

    var store: any Store { pipeline.store }
    var clock: ManualClock { pipeline.clock }
    var poller: SourcePoller { pipeline.poller }
    var watchDir: URL { pipeline.watch }

    init() async throws {
        let site = self.site
        server = try LoopbackHTTPServer { site.reply($0) }
        let watch = FileManager.default.temporaryDirectory.appendingPathComponent("pipeline-\(UUID().uuidString)")
        pipeline = try await Pipeline(
            watch: watch, webhooks: [], retry: RetryPolicy(maxRetries: 0), clock: ManualClock())
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
        try? FileManager.default.removeItem(at: watchDir)
    }
}
