import Foundation
import Logging
import WatchCore
import WatchDeliver

/// One round over a set of sources. Bureau sources are polled before mirrors, so an article on
/// both is recorded from the bureau's page; each role's sources start host by host, a few per
/// host at a time (`HostLanes`); then the Atom feed is rewritten if the cycle changed the store.
public struct PollCycle: Sendable {
    let poller: SourcePoller
    let store: any Store
    let feeds: FeedWriter
    let watchDir: String
    let logger: Logger

    public init(
        poller: SourcePoller, store: any Store, watchDir: String, sources: [SourceConfig],
        feed: FeedSettings = FeedSettings(), logger: Logger
    ) {
        self.poller = poller
        self.store = store
        self.feeds = FeedWriter(store: store, watchDir: watchDir, sources: sources, settings: feed, logger: logger)
        self.watchDir = watchDir
        self.logger = logger
    }

    /// A reload's sources and feed settings: the feeds are rewritten with the new names at once.
    public func update(sources: [SourceConfig], feed: FeedSettings) async {
        await feeds.update(sources: sources, settings: feed)
        await writeFeed()
    }

    /// Polls `sources` and returns one report per source, in the given order.
    public func run(_ sources: [SourceConfig], progress: @escaping @Sendable (PollReport) -> Void = { _ in }) async
        -> [PollReport]
    {
        var reports: [String: PollReport] = [:]
        for kind in [SourceRole.bureau, .mirror] {
            var lanes = HostLanes(sources.filter { $0.kind == kind })
            await withTaskGroup(of: PollReport.self) { tasks in
                for source in lanes.start() {
                    tasks.addTask { await pollUnlessHeld(source) }
                }
                while let report = await tasks.next() {
                    reports[report.sourceID] = report
                    progress(report)
                    if let source = lanes.next(after: report.sourceID) {
                        // None start after shutdown began.
                        _ = tasks.addTaskUnlessCancelled { await pollUnlessHeld(source) }
                    }
                }
            }
        }
        await refreshFeed(changed: reports.values.contains(where: \.changedStore))
        return sources.compactMap { reports[$0.id] }
    }

    /// Polls `source` once this process holds its lease, whether or not it is due: a daemon
    /// sharing the store that is polling it now keeps it (the report names the daemon), so
    /// each source is polled by one process at a time. A lease the poll's record does not end
    /// (a poll cut short) expires, or ends with `releaseSourceLeases`.
    func pollUnlessHeld(_ source: SourceConfig) async -> PollReport {
        let now = poller.clock.now
        let request = SourceLeaseRequest(polling: source, at: now)
        var report = PollReport(sourceID: source.id)
        do {
            var claims = try await store.claimPolls([request], now: now, dueOnly: false)
            if claims.verdicts[source.id] == .contended {
                // Another write held the row (a daemon recording its poll, say): ask once more.
                claims = try await store.claimPolls([request], now: now, dueOnly: false)
            }
            switch claims.verdicts[source.id] {
            case .claimed: return await poller.poll(source, from: claims.starts[source.id], clock: ContinuousClock())
            case .held(let holder, _): report.leftTo = holder
            // Another claim was writing the row both times: its daemon polls the source.
            case .notDue, .contended, nil: report.leftTo = Self.anotherDaemon
            }
        } catch {
            report.note(FetchError(kind: .store, url: source.url, message: "store: \(error)"), failsPoll: true)
        }
        return report
    }

    /// Who has a source whose claim met another being written.
    static let anotherDaemon = "another daemon"

    /// `feed.xml` in the watch folder.
    private var feedPath: String { (watchDir as NSString).appendingPathComponent(AtomFeed.fileName) }

    /// Rewrites the feeds when the store `changed`, or when there is none yet. The feed shows the
    /// store's latest articles, so a cycle that stored nothing leaves it as it is: a rewrite was a
    /// large part of a 304 cycle (BENCHMARKS.md, "The 304 cycle before and after").
    func refreshFeed(changed: Bool) async {
        if changed || !FileManager.default.fileExists(atPath: feedPath) { await writeFeed() }
    }

    /// After the polls the scheduler took in one turn: `feed.xml` and the own feeds of the
    /// sources whose poll changed the store (every feed when there is none yet). One look at the
    /// folder for all of them.
    func refreshFeed(after reports: [PollReport]) async {
        guard !reports.isEmpty else { return }
        if !FileManager.default.fileExists(atPath: feedPath) {
            await writeFeed()
            return
        }
        let changed = Set(reports.lazy.filter(\.changedStore).map(\.sourceID))
        if !changed.isEmpty { await feeds.write(now: poller.clock.now, only: changed) }
    }

    /// Rewrites `feed.xml` and the per-source feeds from the store's latest articles.
    public func writeFeed() async {
        await feeds.write(now: poller.clock.now)
    }
}
