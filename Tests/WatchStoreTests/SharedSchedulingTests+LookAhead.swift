import Foundation
import PostgresTesting
import Testing
import WatchCore
import WatchPipeline
import WatchPostgres
import WatchTesting

/// A daemon beside another: a refused claim makes it look ahead, and the sources it claims
/// start their polls from what the claim read.
extension SharedSchedulingTests {
    @Test func aRefusedClaimRePlansTheHeldSourcesAheadInOneLookAndClaimsTheFreeOnes() async throws {
        try await withUnchangedSite { database, site, watch in
            // The other daemon is polling the first lane and the next 200; the last 8 are free.
            let (lane, free) = (8 * HostLanes.pollsPerSlot, 8)
            let held = lane + 200
            let sources = Self.sources(on: site, count: held + free, interval: .seconds(600))
            try await Self.anotherDaemonPolls(sources.prefix(held), of: sources, database: database)

            let store = ClaimWatchingStore(
                try await PostgresStore.open(client: database.client, daemonID: "daemon", logger: quietLogger))
            let daemon = try await Daemon(store: store, sources: sources, watch: watch)
            // A poll's report comes after its recheck: cancelled at the list requests, the polls
            // could end before they reach the recheck this test is about.
            let (reports, reported) = AsyncStream.makeStream(of: PollReport.self)
            let run = Task { await daemon.scheduler.run(sources: { sources }, observe: { reported.yield($0) }) }
            let reading = Task {
                var polled: [String] = []
                for await report in reports where !polled.contains(report.sourceID) {
                    polled.append(report.sourceID)
                    if polled.count == free { break }
                }
                return polled
            }
            let polled = await TaskDeadline.value(of: reading, within: .seconds(20))
            run.cancel()
            await run.value
            reading.cancel()

            #expect(Set(polled ?? []) == Set(sources.suffix(free).map(\.id)), "list requests: \(site.requests.count)")
            // The first lane is refused; one look names the rest; only the free ones are claimed.
            // Without the look each lane of held sources was claimed and refused in turn.
            let claims = await store.claims
            let lookAheads = await store.lookAheads
            #expect(claims.first == sources.prefix(lane).map(\.id))
            #expect(lookAheads.first == sources[lane...].map(\.id))
            #expect(claims.count == 2, "claims: \(claims.map(\.count))")
            #expect(claims.last == sources.suffix(free).map(\.id))
            // The free sources' polls started from their claims: none read its own start or its
            // own recheck targets.
            #expect(await store.startsRead == 0)
            #expect(await store.recheckTargetsRead == 0)
        }
    }
}
