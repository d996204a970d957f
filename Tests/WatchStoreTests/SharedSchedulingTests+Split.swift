import Foundation
import PostgresTesting
import Testing
import WatchCore
import WatchPipeline
import WatchPostgres
import WatchTesting

/// A daemon that catches up with another in a long stretch of due sources takes the far half of
/// the stretch, not the sources just behind the other daemon.
extension SharedSchedulingTests {
    @Test func aDaemonThatCatchesUpWithAnotherGoesOnFromTheMiddleOfTheStretchAhead() async throws {
        try await withUnchangedSite { database, site, watch in
            // The other daemon is polling the first lane; the stretch after it is due and free up
            // to `reached`, where a third daemon has polled the rest.
            let lane = 8 * HostLanes.pollsPerSlot
            let (reached, count) = (lane + 4 * SourceScheduler<ContinuousClock>.lookAheadCount, 1_600)
            let sources = Self.sources(on: site, count: count, interval: .seconds(600))
            try await Self.anotherDaemonPolls(sources.prefix(lane), of: sources, database: database)
            let third = try await PostgresStore.open(client: database.client, daemonID: "third", logger: quietLogger)
            for source in sources[reached...] {
                try await third.recordPollSuccess(
                    sourceID: source.id, kind: .bureau, at: Date(), nextDue: Date().addingTimeInterval(600))
            }

            let store = ClaimWatchingStore(
                try await PostgresStore.open(client: database.client, daemonID: "daemon", logger: quietLogger))
            let daemon = try await Daemon(store: store, sources: sources, watch: watch)
            let run = Task { await daemon.scheduler.run(sources: { sources }, observe: { _ in }) }
            let polled = await site.waitForRequests(lane, within: .seconds(20))
            run.cancel()
            await run.value

            #expect(polled, "list requests: \(site.requests.count)")
            // Its first claim is refused (a lane held), one look finds the next ones free, and the daemon
            // goes on from the middle of the free stretch: not from its start (following the other
            // daemon), nor past its end (sources already polled).
            let claims = await store.claims
            let index = Dictionary(uniqueKeysWithValues: sources.enumerated().map { ($1.id, $0) })
            #expect(claims.first == sources.prefix(lane).map(\.id))
            // The claim after the split only: the ones after it depend on how far the daemon got
            // before it was stopped.
            let next = (claims.dropFirst().first ?? []).compactMap { index[$0] }
            let middle = (lane + reached) / 2
            #expect(
                !next.isEmpty && next.allSatisfy { (middle - lane / 2)..<reached ~= $0 }, "claimed \(next.sorted())")
            // The stretch's first half is left to the other daemon: its polls wait `splitWait`.
            let left = Set((lane..<(middle - lane / 2)).map(Self.listPath))
            #expect(Set(site.requests.map(\.path)).isDisjoint(with: left))
        }
    }
}
