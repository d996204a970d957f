import Foundation
import Logging
import WatchCore
import WatchDeliver

/// One round over a set of sources. Bureau sources are polled (all at once) before mirrors, so
/// an article on both is recorded from the bureau's page; then the Atom feed is rewritten.
public struct PollCycle: Sendable {
    let poller: SourcePoller
    let store: any Store
    let feed: AtomFeed
    let watchDir: String
    let sourceNames: [String: String]
    let logger: Logger

    public init(poller: SourcePoller, store: any Store, watchDir: String, sources: [SourceConfig], logger: Logger) {
        self.poller = poller
        self.store = store
        self.feed = AtomFeed()
        self.watchDir = watchDir
        self.sourceNames = sources.namesByID
        self.logger = logger
    }

    /// Polls `sources` and returns one report per source, in the given order.
    public func run(_ sources: [SourceConfig], progress: @escaping @Sendable (PollReport) -> Void = { _ in }) async -> [PollReport] {
        var reports: [String: PollReport] = [:]
        for kind in [SourceKind.bureau, .mirror] {
            let group = sources.filter { $0.kind == kind }
            await withTaskGroup(of: PollReport.self) { tasks in
                for source in group {
                    tasks.addTask { await poller.poll(source) }
                }
                for await report in tasks {
                    reports[report.sourceID] = report
                    progress(report)
                }
            }
        }
        await writeFeed()
        return sources.compactMap { reports[$0.id] }
    }

    /// Rewrites `feed.xml` from the store's latest articles.
    public func writeFeed() async {
        do {
            let latest = try await store.latestArticles(limit: AtomFeed.maxEntries)
            let articles = latest.map {
                DeliveredArticle($0, sourceName: sourceNames[$0.firstSourceID] ?? $0.firstSourceID, mirrors: [],
                                 fetched: $0.firstSeen)
            }
            try feed.write(articles, to: watchDir, now: poller.clock.now, logger: logger)
        } catch {
            logger.error("cannot write the Atom feed", metadata: ["folder": "\(watchDir)", "error": "\(error)"])
        }
    }
}
