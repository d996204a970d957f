import Foundation
import Logging
import WatchCore
import WatchDeliver
import WatchFetch
import WatchPipeline
import WatchTesting

let quietLogger = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }

/// The pipeline the daemon assembles (`Runtime`) on a real libcurl transport and a real watch
/// folder: the one harness of these tests. The store is the in-memory one unless a test brings
/// its own (SQLite, a store that fails on purpose); the clock is manual.
struct Pipeline {
    let store: any Store
    let clock: ManualClock
    let ingest: ArticleIngest
    let poller: SourcePoller
    let cycle: PollCycle
    let watch: URL

    static let webhook = WebhookConfig(id: "ops", url: "http://127.0.0.1:9/hook")

    init(
        store: (any Store)? = nil, sources: [SourceConfig] = [], watch: URL, webhooks: [WebhookConfig] = [Self.webhook],
        failingAfter: Int = 3, rebaselineAll: Bool = false, retry: RetryPolicy = RetryPolicy(),
        clock: ManualClock = ManualClock(Date())
    ) async throws {
        self.clock = clock
        let store = store ?? InMemoryStore(clock: clock)
        self.store = store
        self.watch = watch
        try FileManager.default.createDirectory(at: watch, withIntermediateDirectories: true)
        let fetcher = PoliteFetcher(
            transport: CurlTransport(logger: quietLogger), validators: store, clock: clock,
            retry: retry, globalConcurrency: 8, logger: quietLogger)
        ingest = try await ArticleIngest(
            store: store, publisher: ArticlePublisher(folder: WatchFolder(path: watch.path)),
            webhooks: webhooks, sources: sources, clock: clock, logger: quietLogger)
        poller = SourcePoller(
            fetcher: fetcher, store: store, ingest: ingest, clock: clock, failingAfter: failingAfter,
            rebaselineAll: rebaselineAll, logger: quietLogger)
        cycle = PollCycle(poller: poller, store: store, watchDir: watch.path, sources: sources, logger: quietLogger)
    }

    /// A polite-enough source for a loopback site: no robots.txt, no delay, short timeout.
    static func source(
        _ id: String, url: String, kind: SourceRole = .bureau, interval: Duration = .seconds(600),
        timeout: Duration = .seconds(5), baseline: Bool = true
    ) -> SourceConfig {
        SourceConfig(
            id: id, name: id, kind: kind, url: url, interval: interval, jitter: 0, timeout: timeout,
            perHost: PerHostPolicy(concurrency: 4, delay: .zero), robots: false, baseline: baseline)
    }

    /// Every pending delivery's event, oldest first.
    func queuedEvents() async throws -> [EventKind] {
        try await store.dueDeliveries(now: .distantFuture, limit: 1000).map(\.event)
    }

    /// The article files in the watch folder.
    func articleFiles() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: watch.path).filter { $0.hasSuffix(".md") }.sorted()
    }
}

/// A folder under the system's temporary directory, removed with its contents at the end.
final class ScratchFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("bw-pipeline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}
