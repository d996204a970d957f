import Foundation
import Logging
import WatchCore
import WatchDeliver
import WatchFetch
import WatchPipeline
import WatchTesting

/// One source's poller over a real loopback server, with the in-memory store and a manual
/// clock: the pipeline as the daemon assembles it, minus SQLite and the real time.
struct PipelineHarness {
    let site = PageSite()
    let server: LoopbackHTTPServer
    /// The in-memory store, seen through the protocol the pipeline uses.
    let store: any Store
    let clock = ManualClock()
    let poller: SourcePoller
    let watchDir: URL

    init() async throws {
        let site = self.site
        server = try LoopbackHTTPServer { site.reply($0) }
        let store = InMemoryStore(clock: clock)
        self.store = store
        watchDir = FileManager.default.temporaryDirectory.appendingPathComponent("pipeline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: watchDir, withIntermediateDirectories: true)
        let fetcher = PoliteFetcher(transport: CurlTransport(logger: quietLogger), validators: store, clock: clock,
                                    retry: RetryPolicy(maxRetries: 0), logger: quietLogger)
        let ingest = try await ArticleIngest(store: store, publisher: ArticlePublisher(folder: WatchFolder(path: watchDir.path)),
                                             webhooks: [], sources: [], clock: clock, logger: quietLogger)
        poller = SourcePoller(fetcher: fetcher, store: store, ingest: ingest, clock: clock, logger: quietLogger)
    }

    /// A bureau source on this server, robots.txt off unless asked, no politeness delay.
    func source(_ path: String, pages: Int = 1, robots: Bool = false, list: ListFormat = .html,
                json: JSONListMapping? = nil) -> SourceConfig {
        SourceConfig(id: "test-source", name: "测试", kind: .bureau, url: server.baseURL + path,
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
