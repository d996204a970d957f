import Foundation
import PostgresTesting
import Testing
import WatchTesting

#if canImport(Glibc)
    import Glibc
#endif

/// `bureauwatch run` killed with SIGKILL at random moments, restarted each time on the same
/// state folder, against a site that keeps publishing and a webhook receiver that records every
/// delivery; then left to finish. Nothing may be lost, doubled or left half-written.
@Suite struct CrashConsistencyTests {
    /// The issue asks for 50 kills; `BUREAUWATCH_CRASH_KILLS` changes it (e.g. 500 for a long run).
    static let kills = ProcessInfo.processInfo.environment["BUREAUWATCH_CRASH_KILLS"].flatMap(Int.init) ?? 50
    /// PostgreSQL's rounds each start a client and a pool besides the daemon: fewer of them keep
    /// the doubled suite's time in check, and every kill moment still comes up.
    static let postgresKills = ProcessInfo.processInfo.environment["BUREAUWATCH_CRASH_KILLS"].flatMap(Int.init) ?? 25
    static let seed = ProcessInfo.processInfo.environment["BUREAUWATCH_CRASH_SEED"].flatMap(UInt64.init) ?? 0xB0_2E_A0
    /// How long a round waits for its article or delivery before killing anyway (nothing was left to fetch or send).
    static let eventDeadline = 1.0
    /// How long the final run gets to fetch and deliver everything (the outbox drains every 5 s).
    static let quiescenceDeadline = 40.0

    @Test(arguments: StoreBackend.allCases)
    func sigkillAtRandomMomentsLosesNothingAndDuplicatesNothing(backend: StoreBackend) async throws {
        let state = try await DaemonState(backend)
        let kills = backend == .postgres ? Self.postgresKills : Self.kills
        let site = PublishingSite(initial: 3, perListRequest: 3, maximum: 400)
        let scene = try CrashScene(site: site.reply)
        defer { scene.stop() }
        let (server, deliveries, receiver, folder) = (scene.server, scene.deliveries, scene.receiver, scene.folder)
        let config = try Self.config(site: server, receiver: receiver, store: state.storeLine, in: folder.url)
        let run = CrashRound(config: config, folder: folder.url, site: site, deliveries: deliveries)
        let stateFolder = folder.url.appendingPathComponent("state")

        var generator = SplitMix64(state: Self.seed)
        var tally: [String: Int] = [:]
        for round in 0..<kills {
            let moment = KillMoment.random(using: &generator)
            try await state.makeEverySourceDue(stateFolder: stateFolder)
            // Off the cooperative pool: the rounds block for half a minute in all (`offPool`).
            let outcome = try await offPool {
                try run.kill(round: round, at: moment, eventDeadline: Self.eventDeadline)
            }
            #expect(
                outcome.status == -SIGKILL,
                "round \(round) (\(moment)): the daemon exited \(outcome.status) before the kill; log \(outcome.log)")
            tally[outcome.hitEvent ? moment.kind : "fallback", default: 0] += 1
        }

        let published = site.freeze()
        try await state.makeEverySourceDue(stateFolder: stateFolder)
        let urls = Set((0..<published).map { server.baseURL + PublishingSite.path(of: $0) })
        let systemd = try NotifyListener()
        let final = try run.startDaemon(log: "final.log", notifySocket: systemd.path)
        // The first poll cycle's STATUS comes after the service group handles SIGTERM; a
        // SIGTERM in the first milliseconds of a start would meet the default action.
        #expect(
            await systemd.waitFor("STATUS=", timeout: Int(Self.quiescenceDeadline)) != nil, "the final run never polled"
        )
        let done = await offPool { [run] in
            run.waitForDeliveries(of: urls, daemon: final, deadline: Self.quiescenceDeadline)
        }
        final.signal(SIGTERM)
        #expect(await final.wait(timeout: 20) == 0, "the final run did not stop cleanly")
        #expect(done, "not every article.new arrived within \(Self.quiescenceDeadline) s")

        let counts = try CrashCounts(folder: folder.url, config: config, urls: urls, deliveries: deliveries.all)
        print(
            "crash consistency (\(backend)): seed \(Self.seed), \(kills) SIGKILLs "
                + "(\(tally.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))), \(published) articles published; "
                + counts.summary)
        #expect(counts.storedURLs.count == published, "stored \(counts.storedURLs.count) of \(published)")
        #expect(Set(counts.storedURLs) == urls, "the store does not hold exactly the published articles")
        #expect(counts.watchFiles.count == published, "\(counts.watchFiles.count) files for \(published) articles")
        #expect(
            counts.filesPerStoredID.values.allSatisfy { $0 == 1 },
            "an article has no file or several: \(counts.filesPerStoredID.filter { $0.value != 1 })")
        // A daemon on PostgreSQL may share its watch folder with others, so at start it removes
        // only temporaries older than any write (AtomicFile.sharedLeftoverAge): a killed
        // round's stay until then.
        #expect(
            counts.leftovers.filter { backend == .sqlite || !$0.hasSuffix(".tmp") }.isEmpty,
            "temporary files left: \(counts.leftovers)")
        #expect(
            counts.deliveredURLs == urls, "article.new missing for \(urls.subtracting(counts.deliveredURLs).sorted())")
        #expect(
            counts.articlesWithSeveralDeliveryIDs.isEmpty,
            "a repeat carried a new delivery id: \(counts.articlesWithSeveralDeliveryIDs)")
        #expect(
            counts.deliveryIDsWithSeveralArticles.isEmpty,
            "one delivery id for several articles: \(counts.deliveryIDsWithSeveralArticles)")
    }

    static func config(
        site: LoopbackHTTPServer, receiver: LoopbackHTTPServer, store: String?, in folder: URL
    ) throws -> URL {
        let text = """
            \(store ?? "# store: sqlite (the default)")
            state_dir: state
            watch_dir: watch
            metrics: { enabled: false }
            defaults:
              interval: 30s
              jitter: 0%
              baseline: false
              robots: false
              per_host: { concurrency: 2, delay: 0s }
            sources:
              - id: gd-news
                name: 广东省邮政管理局 · 工作动态
                kind: bureau
                url: \(site.baseURL)\(PublishingSite.listPath)
            notify:
              - id: recorder
                url: \(receiver.baseURL)/hook
                format: json
                events: [article.new]
            """
        let file = folder.appendingPathComponent("sources.yaml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file
    }
}
