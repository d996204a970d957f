import Foundation
import PostgresTesting
import Testing
import WatchTesting

#if canImport(Glibc)
    import Glibc
#endif

/// Issue 19's crash test: three `bureauwatch run` processes on one PostgreSQL poll 200 sources of
/// a site that keeps publishing; in each of 30 rounds one of them, drawn at random, is killed
/// with SIGKILL at a random moment and started again. At the end every published article has
/// exactly one record, one `article.new` per webhook (by delivery id) and one watch file in the
/// shared folder, and no source went unpolled longer than its interval plus one lease.
///
/// That last check measures the schedule of three debug daemons: beside the other binary suites
/// on two cores they fall behind (sources unpolled for 111 s), so `make test` runs this suite
/// in a step of its own. Alone it takes about 65 s with leases, 80–100 s without.
@Suite(.enabled(if: PostgresTestDatabase.shouldRun, PostgresTestDatabase.skipMessage))
struct MultiDaemonCrashTests {
    static let daemonIDs = ["d1", "d2", "d3"]
    static let sources = 200
    static let webhooks = ["hook-a", "hook-b"]
    static let rounds = ProcessInfo.processInfo.environment["BUREAUWATCH_FLEET_KILLS"].flatMap(Int.init) ?? 30
    static let seed = ProcessInfo.processInfo.environment["BUREAUWATCH_CRASH_SEED"].flatMap(UInt64.init) ?? 0xF1_EE_70
    /// The shortest interval the config accepts.
    static let interval: Double = 30
    /// Each source's timeout: short, so a killed daemon's lease on it runs out soon.
    static let timeout: Double = 3
    /// How long a killed daemon's claim on a source holds it: the poll's budget (15 timeouts,
    /// `SourcePoller.budget`) and a margin of 10 s (`SourceLease.margin`, issue 19's leases).
    static let lease =
        ProcessInfo.processInfo.environment["BUREAUWATCH_TEST_LEASE_SECONDS"].flatMap(Double.init) ?? timeout * 15 + 10
    /// A poll's own length (list and article pages) and the scheduler's reaction, on top of the bound.
    static let pollSlack: Double = 5
    /// A repeat within this of a source's last poll is a double poll (unless a kill excuses it).
    static let doublePollWindow: Duration = .seconds(15)
    /// How long a round waits for its article or delivery before killing anyway.
    static let eventDeadline = 3.0
    /// Articles per source at the first poll, and at most in all (one more per list request).
    static let initialArticles = 1
    static let articlesPerSource = 3

    @Test func threeDaemonsOnOnePostgreSQLSurviveThirtyKillsWithoutLossOrDuplicates() async throws {
        let database = try await PostgresTestDatabase.make(gate: .daemons)
        defer { database.remove() }
        let site = PublishingSources(
            count: Self.sources, initial: Self.initialArticles, perSource: Self.articlesPerSource)
        let scene = try CrashScene(site: site.reply)
        defer { scene.stop() }
        let (server, deliveries, receiver, folder) = (scene.server, scene.deliveries, scene.receiver, scene.folder)
        let fleet = try Self.fleet(store: database.configURL, site: server, receiver: receiver, in: folder.url)
        let began = ContinuousClock.now
        // Every blocking wait runs off the cooperative pool (`offPool`): this test waits minutes.
        for index in fleet.slots.indices {
            let ready = try await offPool { try fleet.start(index) }
            #expect(ready, "\(fleet.slots[index].id) never reported READY=1: \(fleet.logTail(index))")
        }
        let firstReady = ContinuousClock.now

        var generator = SplitMix64(state: Self.seed)
        for round in 0..<Self.rounds {
            let victim = Int(generator.next() % UInt64(fleet.slots.count))
            let moment = KillMoment.random(using: &generator)
            let outcome = try await offPool {
                try Self.killAndRestart(victim, at: moment, fleet: fleet, site: site, deliveries: deliveries)
            }
            let id = fleet.slots[victim].id
            #expect(
                outcome.status == -SIGKILL,
                "round \(round) (\(moment)): \(id) exited \(outcome.status); log \(outcome.log)")
            #expect(outcome.cameBack, "round \(round): \(id) did not come back: \(fleet.logTail(victim))")
        }
        let roundsEnded = ContinuousClock.now
        let published = Set(site.freeze().map { server.baseURL + $0 })
        let settled = await offPool { Self.waitForEveryDelivery(of: published, deliveries: deliveries) }
        let stuck = await offPool { fleet.stopAll() }
        #expect(stuck.isEmpty, "daemons that did not stop cleanly: \(stuck)")
        #expect(settled, "not every article.new reached every webhook in time")

        let (config, watch) = (fleet.slots[0].config, folder.url.appendingPathComponent("watch"))
        let counts = try await offPool {
            try FleetCounts(
                config: config, watch: watch, published: published, deliveries: deliveries.all,
                webhooks: Self.webhooks)
        }
        let polls = PollRecord(requests: server.requests)
        let gaps = polls.longestGaps(sources: 0..<Self.sources, from: firstReady, to: roundsEnded)
        let lives = Dictionary(uniqueKeysWithValues: fleet.slots.map { (DaemonFleet.agent(of: $0.id), $0.lives) })
        let doubles = polls.doublePolls(within: Self.doublePollWindow, lives: lives)
        print(
            "multi-daemon crash: seed \(Self.seed), \(Self.rounds) SIGKILLs, \(published.count) articles published, "
                + "\(server.requests.count) requests; " + counts.summary
                + "; longest unpolled \(Int(gaps.values.max() ?? 0)) s; \(doubles.count) double polls; "
                + "ran \(Int(PollRecord.seconds(ContinuousClock.now - began))) s")
        expectNothingLostOrDoubled(counts, published: published)
        expectEverySourcePolled(gaps: gaps, doubles: doubles.map { $0.described(lives: lives) })
    }

    /// What one round came to: the victim's exit status (`-SIGKILL` when the kill ended it),
    /// whether it reported READY=1 again, and its log before the kill.
    struct RoundOutcome: Sendable {
        let status: Int32
        let cameBack: Bool
        let log: String
    }

    /// One round: daemon `victim` is killed at `moment`, then started again. Blocks: run it off
    /// the cooperative pool.
    static func killAndRestart(
        _ victim: Int, at moment: KillMoment, fleet: DaemonFleet, site: PublishingSources, deliveries: DeliveryLog
    ) throws -> RoundOutcome {
        let agent = DaemonFleet.agent(of: fleet.slots[victim].id)
        let articlesBefore = site.served.count(to: agent)
        let deliveriesBefore = deliveries.all.count
        let process = fleet.slots[victim].process
        switch moment {
        case .afterStart(let milliseconds):
            _ = process?.wait(timeout: Double(milliseconds) / 1000)
        case .afterArticle(let count, let delay):
            _ = CrashRound.await(site.served.signal, deadline: eventDeadline) {
                site.served.count(to: agent) >= articlesBefore + count
            }
            _ = process?.wait(timeout: Double(delay) / 1000)
        case .afterDelivery(let count, let delay):
            _ = CrashRound.await(deliveries.received, deadline: eventDeadline) {
                deliveries.all.count >= deliveriesBefore + count
            }
            _ = process?.wait(timeout: Double(delay) / 1000)
        }
        let log = fleet.logTail(victim)
        let status = fleet.kill(victim)
        return RoundOutcome(status: status, cameBack: try fleet.start(victim), log: log)
    }

    /// Waits until every published URL reached every webhook as `article.new`: at most one
    /// interval and one lease (the last polls after the freeze) and the outbox's next drains.
    static func waitForEveryDelivery(of urls: Set<String>, deliveries: DeliveryLog) -> Bool {
        CrashRound.await(deliveries.received, deadline: interval + lease + 30) {
            webhooks.allSatisfy { hook in
                Set(deliveries.all.filter { $0.event == "article.new" && $0.webhook == "/\(hook)" }.map(\.articleURL))
                    .isSuperset(of: urls)
            }
        }
    }

    func expectNothingLostOrDoubled(_ counts: FleetCounts, published: Set<String>) {
        #expect(counts.unrecorded.count == 0, "\(counts.unrecorded.count) published articles have no record")
        #expect(
            counts.recordedTwice.count == 0,
            "\(counts.recordedTwice.count) articles recorded more than once: \(counts.recordedTwice.prefix(5))")
        #expect(
            counts.stored.count == published.count, "\(counts.stored.count) records for \(published.count) articles")
        #expect(
            counts.watchFiles == published.count, "\(counts.watchFiles) watch files for \(published.count) articles")
        #expect(
            counts.filesNotOne.count == 0,
            "\(counts.filesNotOne.count) articles without exactly one watch file: \(counts.filesNotOne.prefix(5))")
        for hook in Self.webhooks {
            #expect(
                counts.undelivered[hook, default: []].count == 0,
                "\(hook): article.new missing for \(counts.undelivered[hook, default: []].count) articles")
            #expect(
                counts.deliveredTwice[hook, default: []].count == 0,
                "\(hook): \(counts.deliveredTwice[hook, default: []].count) articles announced under several delivery ids"
            )
        }
    }

    func expectEverySourcePolled(gaps: [Int: Double], doubles: [String]) {
        let bound = Self.interval + Self.lease + Self.pollSlack
        let late = gaps.filter { $0.value > bound }.sorted { $0.key < $1.key }
        #expect(
            late.count == 0,
            "\(late.count) sources went unpolled longer than \(Int(bound)) s: \(late.prefix(5).map { "s\($0.key) \(Int($0.value)) s" })"
        )
        #expect(
            doubles.count == 0,
            "\(doubles.count) polls within \(Self.doublePollWindow) of the source's last one, no kill between: \(doubles.prefix(5))"
        )
    }
}
