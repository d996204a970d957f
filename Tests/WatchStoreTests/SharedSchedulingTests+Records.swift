import Foundation
import PostgresTesting
import Testing
import WatchCore
import WatchPipeline
import WatchPostgres
import WatchTesting

/// A poll's success travels with the next claim: one statement where an unchanged poll took two
/// (the polls that ended while a claim was in flight share one), and nothing observed before it
/// is kept.
extension SharedSchedulingTests {
    @Test func eachFinishedPollIsRecordedByTheNextClaimBeforeItIsReported() async throws {
        try await withUnchangedSite { database, site, watch in
            // More sources than lanes: most polls end while others are still due.
            let sources = Self.sources(on: site, count: 8 * HostLanes.pollsPerSlot + 24, interval: .seconds(600))
            try await Self.anotherDaemonPolls([], of: sources, database: database)
            let shared = try await PostgresStore.open(client: database.client, daemonID: "daemon", logger: quietLogger)
            let store = ClaimWatchingStore(shared)
            let daemon = try await Daemon(store: store, sources: sources, watch: watch)
            let seen = await Self.statusesAsReported(by: daemon, of: sources, in: shared) { seen in
                seen.count == sources.count
            }

            #expect(seen.count == sources.count, "list requests: \(site.requests.count)")
            for (id, status) in seen {
                // Recorded by this daemon, its lease ended, due one interval on.
                #expect(
                    status?.lastPolledBy == "daemon" && status?.lease == nil, "\(id): \(String(describing: status))")
                let due = status?.nextDue?.timeIntervalSince(status?.lastSuccess ?? .distantPast) ?? 0
                #expect(due > 500, "\(id) due \(due) s after its poll")
            }
            // Only the polls that ended with no source left to claim were recorded on their own.
            let carried = Set(await store.carried.joined())
            let alone = await store.recordedAlone
            #expect(carried.count + alone.count == sources.count && carried.isDisjoint(with: alone))
            #expect(carried.count >= sources.count - 8 * HostLanes.pollsPerSlot, "carried \(carried.count)")
        }
    }
}

extension SharedSchedulingTests {
    @Test func theRecordsOfAClaimThatFailedAreSentOnTheirOwn() async throws {
        try await withUnchangedSite { database, site, watch in
            let sources = Self.sources(on: site, count: 8 * HostLanes.pollsPerSlot + 8, interval: .seconds(600))
            try await Self.anotherDaemonPolls([], of: sources, database: database)
            let shared = try await PostgresStore.open(client: database.client, daemonID: "daemon", logger: quietLogger)
            let store = ClaimWatchingStore(shared)
            await store.failCarryingClaims(1)
            let daemon = try await Daemon(store: store, sources: sources, watch: watch)
            // The failed claim's own sources wait `claimRetry`: every other source is reported.
            let seen = await Self.statusesAsReported(by: daemon, of: sources, in: shared) { seen in
                seen.count + (await store.failedClaims.joined().count) == sources.count
            }

            let failedCarried = await store.failedCarried
            #expect(await store.failedClaims.count == 1 && !failedCarried.isEmpty)
            #expect(Set(failedCarried).isSubset(of: await store.recordedAlone))
            for id in failedCarried {
                let status = try #require(seen[id] ?? nil, "\(id) reported with its status")
                #expect(status.lastPolledBy == "daemon" && status.lease == nil && status.lastSuccess != nil, "\(id)")
            }
        }
    }

    /// Runs `daemon`'s scheduler until `enough` says so of the sources reported (or 30 s), each
    /// with its status in `store` read as its report arrived: what the store held when the poll
    /// was reported.
    static func statusesAsReported(
        by daemon: Daemon, of sources: [SourceConfig], in store: PostgresStore,
        enough: @escaping @Sendable ([String: SourceStatus?]) async -> Bool
    ) async -> [String: SourceStatus?] {
        let (reports, reported) = AsyncStream.makeStream(of: (PollReport, SourceStatus?).self)
        let run = Task {
            await daemon.scheduler.run(
                sources: { sources },
                observe: { reported.yield(($0, try? await store.sourceStatus($0.sourceID))) })
        }
        let reading = Task {
            var seen: [String: SourceStatus?] = [:]
            for await (report, status) in reports where seen[report.sourceID] == nil {
                seen[report.sourceID] = status
                if await enough(seen) { break }
            }
            return seen
        }
        let seen = await TaskDeadline.value(of: reading, within: .seconds(30)) ?? [:]
        run.cancel()
        await run.value
        reading.cancel()
        return seen
    }
}
