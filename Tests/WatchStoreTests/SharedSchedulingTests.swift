import Foundation
import PostgresTesting
import Testing
import WatchCore
import WatchDeliver
import WatchFetch
import WatchPipeline
import WatchPostgres
import WatchTesting

/// Two daemons' schedulers, in-process, on one PostgreSQL database, polling the sources of one
/// loopback site: each source's list is requested once per interval, not once per daemon.
@Suite(.enabled(if: PostgresTestDatabase.shouldRun, PostgresTestDatabase.skipMessage))
struct SharedSchedulingTests {
    static let interval: Duration = .seconds(2)
    static let sourceCount = 6
    /// Rounds of polls (of every source) the test waits for.
    static let rounds = 3

    /// One daemon: its store (its own id on the shared database), poller and scheduler.
    struct Daemon {
        let cycle: PollCycle
        let scheduler: SourceScheduler<ContinuousClock>

        init(id: String, database: PostgresTestDatabase, sources: [SourceConfig], watch: URL) async throws {
            let store = try await PostgresStore.open(client: database.client, daemonID: id, logger: quietLogger)
            try await self.init(store: store, sources: sources, watch: watch)
        }

        /// A daemon on `store` (one that watches a PostgreSQL store's calls, say).
        init(store: any Store, sources: [SourceConfig], watch: URL) async throws {
            let clock = SystemClock()
            let fetcher = PoliteFetcher(
                transport: CurlTransport(logger: quietLogger), validators: store, clock: clock, logger: quietLogger)
            let ingest = try await ArticleIngest(
                store: store, publisher: ArticlePublisher(folder: WatchFolder(path: watch.path)), webhooks: [],
                sources: sources, clock: clock, logger: quietLogger)
            let poller = SourcePoller(fetcher: fetcher, store: store, ingest: ingest, clock: clock, logger: quietLogger)
            cycle = PollCycle(
                poller: poller, store: store, watchDir: watch.path, sources: sources, logger: quietLogger)
            scheduler = SourceScheduler(cycle: cycle, clock: ContinuousClock(), requestSlots: 8, logger: quietLogger)
        }
    }

    static func listPath(_ index: Int) -> String { "/s\(index)/list.html" }

    /// Every one of `sources` polled before and due now (a source never polled would be spread
    /// over its interval), and another daemon polling `held` of them now (its leases taken).
    static func anotherDaemonPolls(
        _ held: ArraySlice<SourceConfig>, of sources: [SourceConfig], database: PostgresTestDatabase
    ) async throws {
        let other = try await PostgresStore.open(client: database.client, daemonID: "other", logger: quietLogger)
        for source in sources {
            try await other.recordPollSuccess(
                sourceID: source.id, kind: .bureau, at: Date().addingTimeInterval(-600), nextDue: Date())
        }
        let leases = held.map {
            SourceLeaseRequest(sourceID: $0.id, kind: .bureau, expiresAt: Date().addingTimeInterval(600))
        }
        #expect(try await other.claimSources(leases, now: Date()).values.allSatisfy { $0 == .claimed })
    }

    /// A fresh database, a loopback site answering every list with a 304 (the cheapest poll, so
    /// only the scheduling is measured) and a watch folder.
    func withUnchangedSite(_ body: (PostgresTestDatabase, LoopbackHTTPServer, URL) async throws -> Void)
        async throws
    {
        let database = try await PostgresTestDatabase.make()
        defer { database.remove() }
        let site = try LoopbackHTTPServer { _ in .response(status: 304) }
        defer { site.stop() }
        let watch = try StoreFixture.makeFolder()
        defer { try? FileManager.default.removeItem(at: watch) }
        try await body(database, site, watch)
    }

    /// The loopback site's sources, each with a list of its own.
    static func sources(
        on site: LoopbackHTTPServer, count: Int = sourceCount, interval: Duration = interval
    ) -> [SourceConfig] {
        (0..<count).map { index in
            SourceConfig(
                id: "s\(index)", name: "s\(index)", kind: .bureau, url: site.baseURL + Self.listPath(index),
                interval: interval, jitter: 0, timeout: .seconds(5),
                perHost: PerHostPolicy(concurrency: 8, delay: .zero), robots: false)
        }
    }

    @Test func aKilledDaemonsSourceIsTakenOverWhenItsLeaseExpires() async throws {
        try await withUnchangedSite { database, site, watch in
            let sources = Self.sources(on: site, count: 1)
            // A daemon took the source's lease for 3 s and was killed with SIGKILL before polling.
            let killed = try await PostgresStore.open(client: database.client, daemonID: "killed", logger: quietLogger)
            let lease: Duration = .seconds(3)
            let claimedAt = ContinuousClock.now
            let expiry = Date().addingTimeInterval(lease.seconds)
            let request = SourceLeaseRequest(sourceID: "s0", kind: .bureau, expiresAt: expiry)
            #expect(try await killed.claimSources([request], now: Date()) == ["s0": .claimed])

            let survivor = try await Daemon(id: "survivor", database: database, sources: sources, watch: watch)
            // The poll's report comes after its record: cancelled at the request, it could be cut short.
            let (reports, reported) = AsyncStream.makeStream(of: PollReport.self)
            let run = Task { await survivor.scheduler.run(sources: { sources }, observe: { reported.yield($0) }) }
            let polled = await site.waitForRequests(1, within: .seconds(120))
            if polled { _ = await reports.first { _ in true } }
            run.cancel()
            await run.value

            #expect(polled, "the survivor never took the source over")
            let first = try #require(site.requests.first).receivedAt
            #expect(claimedAt.duration(to: first) >= lease - .milliseconds(100), "polled while the lease held")
            #expect(try await killed.sourceStatus("s0")?.lastPolledBy == "survivor")
        }
    }

    /// A `fetch` (a `PollCycle`) beside a daemon: it leaves the daemon the source it is polling,
    /// polls the rest whether due or not, and each poll's record ends the fetch's lease.
    @Test func aFetchLeavesADaemonTheSourceItIsPolling() async throws {
        try await withUnchangedSite { database, site, watch in
            let sources = Self.sources(on: site, count: 2)
            let daemon = try await PostgresStore.open(
                client: database.client, daemonID: "daemon-1", logger: quietLogger)
            let lease = SourceLeaseRequest(sourceID: "s0", kind: .bureau, expiresAt: Date().addingTimeInterval(60))
            #expect(try await daemon.claimSources([lease], now: Date()) == ["s0": .claimed])
            // The daemon polled s1 a moment ago: it is not due, yet a fetch polls it.
            try await daemon.recordPollSuccess(
                sourceID: "s1", kind: .bureau, at: Date(), nextDue: Date().addingTimeInterval(600))

            let fetch = try await Daemon(id: "fetch-1", database: database, sources: sources, watch: watch)
            let reports = await fetch.cycle.run(sources)

            #expect(reports.map(\.leftTo) == ["daemon-1", nil])
            #expect(reports.map(\.failed) == [false, false])
            #expect(site.requests.map(\.path) == [Self.listPath(1)])
            let polled = try await daemon.sourceStatus("s1")
            #expect(polled?.lastPolledBy == "fetch-1")
            #expect(polled?.lease == nil)
            #expect(try await daemon.sourceStatus("s0")?.lease?.holder == "daemon-1")
        }
    }

    @Test func twoDaemonsPollEachSourceOncePerInterval() async throws {
        try await withUnchangedSite { database, site, watch in
            let sources = Self.sources(on: site)
            let daemons = [
                try await Daemon(id: "daemon-a", database: database, sources: sources, watch: watch),
                try await Daemon(id: "daemon-b", database: database, sources: sources, watch: watch),
            ]
            let runs = daemons.map { daemon in
                Task { await daemon.scheduler.run(sources: { sources }, observe: { _ in }) }
            }
            let arrived = await site.waitForRequests(Self.sourceCount * Self.rounds, within: .seconds(240))
            for run in runs { run.cancel() }
            for run in runs { await run.value }

            #expect(arrived, "list requests: \(site.requests.count)")
            // Polls of one source are an interval apart (less the scheduler's tolerance for a stored
            // due time a moment ahead): without leases both daemons poll it, milliseconds apart.
            let shortest = Self.interval - SourceLease.dueTolerance - .milliseconds(100)
            for index in 0..<Self.sourceCount {
                let times = site.requests.filter { $0.path == Self.listPath(index) }.map(\.receivedAt)
                let gaps = zip(times, times.dropFirst()).map { $0.duration(to: $1) }
                #expect(gaps.allSatisfy { $0 >= shortest }, "s\(index): gaps \(gaps)")
            }
        }
    }

    /// The sources a daemon first reaches are all held by another: it goes on to the next due
    /// ones at once, not after its next nap (up to `SourceScheduler.maxNap`, 30 s).
    @Test func aDaemonRefusedTheSourcesItReachedFirstStartsTheNextAtOnce() async throws {
        try await withUnchangedSite { database, site, watch in
            // One host's lane: the first sources the scheduler starts together.
            let lane = 8 * HostLanes.pollsPerSlot
            let sources = Self.sources(on: site, count: lane + 8, interval: .seconds(600))
            try await Self.anotherDaemonPolls(sources.prefix(lane), of: sources, database: database)

            let daemon = try await Daemon(id: "daemon", database: database, sources: sources, watch: watch)
            let run = Task { await daemon.scheduler.run(sources: { sources }, observe: { _ in }) }
            let polled = await site.waitForRequests(8, within: .seconds(10))
            run.cancel()
            await run.value

            #expect(polled, "list requests: \(site.requests.count)")
            let paths = Set(site.requests.map(\.path))
            #expect(paths == Set((lane..<(lane + 8)).map(Self.listPath)), "polled a held source: \(paths)")
        }
    }
}
