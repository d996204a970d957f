import Foundation
import Logging
import WatchCore
import WatchDeliver

/// Writes `feed.xml` and one `feed-<source-id>.xml` per configured source from the store, with
/// the running config's source names and feed settings: a reload hands it new ones and the
/// feeds are rewritten, so a renamed source shows its new name at once.
public actor FeedWriter {
    /// Feed files are written and renamed on a queue of their own, off the cooperative pool.
    private let executor = BlockingWorkExecutor(label: "bureauwatch.feed")
    public nonisolated var unownedExecutor: UnownedSerialExecutor { executor.asUnownedSerialExecutor() }
    let store: any Store
    let watchDir: String
    let logger: Logger
    private var sources: [SourceConfig]
    private var settings: FeedSettings

    public init(store: any Store, watchDir: String, sources: [SourceConfig], settings: FeedSettings, logger: Logger) {
        self.store = store
        self.watchDir = watchDir
        self.sources = sources
        self.settings = settings
        self.logger = logger
    }

    /// The config a reload brought.
    public func update(sources: [SourceConfig], settings: FeedSettings) {
        self.sources = sources
        self.settings = settings
    }

    /// Rewrites `feed.xml` and the per-source feeds: every one, or with `only`, those of the
    /// sources it names (one poll changes its own source's feed; rewriting all of them after
    /// each poll held the daemon's scheduler for about a second per poll at 200 sources). A
    /// failure is logged, never thrown (the next change tries again).
    public func write(now: Date, only: Set<String>? = nil) async {
        do {
            var entries = EntryCache(store: store, names: sources.namesByID)
            let global = try await store.latestArticles(limit: AtomFeed.maxEntries)
            try AtomFeed(settings: settings, sources: sources)
                .write(try await entries.delivered(global), to: watchDir, now: now, logger: logger)
            var written: Set<String> = [AtomFeed.fileName]
            for source in sources where only?.contains(source.id) ?? true {
                let own = try await store.articles(
                    matching: ArticleQuery(sourceID: source.id, limit: AtomFeed.maxEntries))
                let name = AtomFeed.fileName(forSource: source.id)
                try AtomFeed.forSource(source, settings: settings)
                    .write(try await entries.delivered(own), to: watchDir, fileName: name, now: now, logger: logger)
                written.insert(name)
            }
            if only == nil { removeStaleSourceFeeds(keeping: written) }
        } catch {
            logger.error("cannot write the Atom feed", metadata: ["folder": "\(watchDir)", "error": "\(error)"])
        }
    }

    /// A source dropped from the config leaves no feed behind that never changes again.
    private func removeStaleSourceFeeds(keeping written: Set<String>) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: watchDir)) ?? []
        for name in names where name.hasPrefix("feed-") && name.hasSuffix(".xml") && !written.contains(name) {
            try? FileManager.default.removeItem(atPath: (watchDir as NSString).appendingPathComponent(name))
        }
    }
}
