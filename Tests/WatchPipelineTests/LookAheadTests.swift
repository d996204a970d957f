import Foundation
import PostgresTesting
import Testing
import WatchCore
import WatchDeliver
import WatchFetch
import WatchPipeline
import WatchPostgres
import WatchTesting

/// A daemon beside another on one PostgreSQL database: a refused claim makes it look ahead, and
/// the sources it claims start their polls from what the claim read.
@Suite(.enabled(if: PostgresTestDatabase.shouldRun, PostgresTestDatabase.skipMessage))
struct LookAheadTests {
    /// One host's lane: the sources the scheduler starts (and claims) together.
    static let lane = 8 * HostLanes.pollsPerSlot
    /// Held by the other daemon: the first lane and the next 200; then a few free ones.
    static let held = lane + 200
    static let free = 8

    @Test func aRefusedClaimRePlansTheHeldSourcesAheadInOneLookAndClaimsTheFreeOnes() async throws {
        let database = try await PostgresTestDatabase.make()
        defer { database.remove() }
        let site = try LoopbackHTTPServer { _ in .response(status: 304) }
        defer { site.stop() }
        let folder = try ScratchFolder()
        let watch = folder.url
        let sources = (0..<(Self.held + Self.free)).map { index in
            SourceConfig(
                id: String(format: "s%04d", index), name: "s\(index)", kind: .bureau,
                url: site.baseURL + "/s\(index)/list.html", interval: .seconds(600), jitter: 0,
                timeout: .seconds(5), perHost: PerHostPolicy(concurrency: 8, delay: .zero), robots: false)
        }
        // Every source polled before and due now; the other daemon is polling the first `held`.
        let other = try await PostgresStore.open(client: database.client, daemonID: "other", logger: quietLogger)
        for source in sources {
            try await other.recordPollSuccess(
                sourceID: source.id, kind: .bureau, at: Date().addingTimeInterval(-600), nextDue: Date())
        }
        let leases = sources.prefix(Self.held).map {
            SourceLeaseRequest(sourceID: $0.id, kind: .bureau, expiresAt: Date().addingTimeInterval(600))
        }
        #expect(try await other.claimSources(leases, now: Date()).values.allSatisfy { $0 == .claimed })

        let store = ClaimWatchingStore(
            try await PostgresStore.open(client: database.client, daemonID: "daemon", logger: quietLogger))
        let scheduler = try await Self.scheduler(on: store, sources: sources, watch: watch)
        let run = Task { await scheduler.run(sources: { sources }, observe: { _ in }) }
        let polled = await site.waitForRequests(Self.free, within: .seconds(20))
        run.cancel()
        await run.value

        #expect(polled, "list requests: \(site.requests.count)")
        let claims = await store.claims
        let ahead = sources[Self.lane..<(Self.held + Self.free)].map(\.id)
        // The first lane is refused; one look names the rest; only the free ones are claimed.
        // Without the look each lane of held sources was claimed and refused in turn.
        #expect(claims.first == sources.prefix(Self.lane).map(\.id))
        let lookAheads = await store.lookAheads
        #expect(lookAheads.first == ahead)
        #expect(claims.count == 2, "claims: \(claims.map(\.count))")
        #expect(claims.last == sources.suffix(Self.free).map(\.id))
        // The free sources' polls started from their claims: none read its own start.
        #expect(await store.startsRead == 0)
    }

    static func scheduler(on store: any Store, sources: [SourceConfig], watch: URL) async throws
        -> SourceScheduler<ContinuousClock>
    {
        let clock = SystemClock()
        let fetcher = PoliteFetcher(
            transport: CurlTransport(logger: quietLogger), validators: store, clock: clock, logger: quietLogger)
        let ingest = try await ArticleIngest(
            store: store, publisher: ArticlePublisher(folder: WatchFolder(path: watch.path)), webhooks: [],
            sources: sources, clock: clock, logger: quietLogger)
        let poller = SourcePoller(fetcher: fetcher, store: store, ingest: ingest, clock: clock, logger: quietLogger)
        let cycle = PollCycle(poller: poller, store: store, watchDir: watch.path, sources: sources, logger: quietLogger)
        return SourceScheduler(cycle: cycle, clock: ContinuousClock(), requestSlots: 8, logger: quietLogger)
    }
}
