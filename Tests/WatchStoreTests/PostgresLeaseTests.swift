import Foundation
import PostgresTesting
import Testing
import WatchCore
import WatchPostgres

/// Two daemons on one PostgreSQL database (two stores, two daemon ids): a source is polled by
/// one of them at a time, a dead holder's lease expires into the other's hands, and a webhook's
/// lane is sent by one of them at a time.
@Suite(.enabled(if: PostgresTestDatabase.shouldRun, PostgresTestDatabase.skipMessage))
final class PostgresLeaseTests {
    /// A new database for each test (Swift Testing makes one suite instance per test).
    let daemons: TwoDaemons

    init() async throws { daemons = try await TwoDaemons() }

    deinit { daemons.fixture.remove() }

    static func request(_ id: String, expires seconds: Int) -> SourceLeaseRequest {
        SourceLeaseRequest(sourceID: id, kind: .bureau, expiresAt: at(seconds))
    }

    /// What `store` gets claiming one source at `now`, its lease to run until `expires`.
    static func claim(_ id: String, by store: PostgresStore, expires: Int, now: Int) async throws -> SourceClaim? {
        try await store.claimSources([request(id, expires: expires)], now: at(now))[id]
    }

    @Test func aClaimedSourceIsHeldFromTheOtherDaemonUntilItsLeaseExpires() async throws {
        let wanted = [Self.request("gd-news", expires: 100), Self.request("sz-news", expires: 100)]
        #expect(try await daemons.a.claimSources(wanted, now: at(0)) == ["gd-news": .claimed, "sz-news": .claimed])
        #expect(
            try await daemons.b.claimSources(wanted, now: at(50))
                == ["gd-news": .held(by: "daemon-a", until: at(100)), "sz-news": .held(by: "daemon-a", until: at(100))])
        let shown = try #require(try await daemons.b.sourceStatus("gd-news"))
        #expect(shown.lease?.holder == "daemon-a" && shown.lease?.expiresAt == at(100))

        // "a" was killed: it never records the poll. At the expiry "b" takes the source over.
        #expect(try await Self.claim("gd-news", by: daemons.b, expires: 200, now: 100) == .claimed)
        #expect(
            try await Self.claim("gd-news", by: daemons.a, expires: 300, now: 150)
                == .held(by: "daemon-b", until: at(200)))
    }

    @Test func aRecordedPollReleasesTheLeaseAndTheOtherDaemonWaitsForTheNextDueTime() async throws {
        #expect(try await Self.claim("gd-news", by: daemons.a, expires: 100, now: 0) == .claimed)
        try await daemons.a.recordPollSuccess(sourceID: "gd-news", kind: .bureau, at: at(5), nextDue: at(600))

        let status = try #require(try await daemons.b.sourceStatus("gd-news"))
        #expect(status.lease == nil && status.lastPolledBy == "daemon-a")
        #expect(try await Self.claim("gd-news", by: daemons.b, expires: 200, now: 10) == .notDue(until: at(600)))
        #expect(try await Self.claim("gd-news", by: daemons.b, expires: 700, now: 600) == .claimed)

        // A late record by "a" (its lease long expired) leaves "b"'s lease alone.
        let timeout = FetchError(kind: .timeout, url: "http://gd.spb.gov.cn/", message: "no answer")
        try await daemons.a.recordPollFailure(
            sourceID: "gd-news", kind: .bureau, error: timeout, at: at(610), nextDue: at(700))
        let late = try #require(try await daemons.a.sourceStatus("gd-news"))
        #expect(late.lease?.holder == "daemon-b" && late.lastPolledBy == "daemon-a")
        try await daemons.b.recordPollSuccess(sourceID: "gd-news", kind: .bureau, at: at(620), nextDue: at(1200))
        #expect(try await daemons.a.sourceStatus("gd-news")?.lease == nil)
    }

    @Test func aClaimCarryingAFinishedPollEndsItsLeaseForTheOtherDaemon() async throws {
        #expect(try await Self.claim("gd-news", by: daemons.a, expires: 100, now: 0) == .claimed)
        let finished = PollSuccessRecord(sourceID: "gd-news", kind: .bureau, at: at(5), nextDue: at(600))
        // A source both recorded and asked for is not claimed by the same statement: its record
        // is kept, and the refusal says when it is due.
        let claims = try await daemons.a.claimPolls(
            [Self.request("sz-news", expires: 100), Self.request("gd-news", expires: 100)], now: at(6), dueOnly: true,
            recording: [finished])
        #expect(claims.verdicts == ["sz-news": .claimed, "gd-news": .notDue(until: at(600))])

        let status = try #require(try await daemons.b.sourceStatus("gd-news"))
        #expect(status.lease == nil && status.lastPolledBy == "daemon-a" && status.lastSuccess == at(5))
        #expect(try await Self.claim("gd-news", by: daemons.b, expires: 200, now: 10) == .notDue(until: at(600)))
        #expect(
            try await Self.claim("sz-news", by: daemons.b, expires: 200, now: 10)
                == .held(by: "daemon-a", until: at(100)))
    }

    @Test func aLookAheadNamesTheSourcesAClaimWouldRefuseAndTakesNoLease() async throws {
        #expect(try await Self.claim("gd-news", by: daemons.a, expires: 100, now: 0) == .claimed)
        #expect(try await Self.claim("sz-news", by: daemons.a, expires: 100, now: 0) == .claimed)
        try await daemons.a.recordPollSuccess(sourceID: "sz-news", kind: .bureau, at: at(5), nextDue: at(600))
        #expect(try await Self.claim("js-news", by: daemons.b, expires: 100, now: 0) == .claimed)

        let ids = ["gd-news", "sz-news", "js-news", "hb-news"]
        // "js-news" is b's own and "hb-news" was never claimed: b's claim would take both.
        #expect(
            try await daemons.b.refusedClaims(of: ids, now: at(10))
                == ["gd-news": .held(by: "daemon-a", until: at(100)), "sz-news": .notDue(until: at(600))])
        // Once a's lease has expired, only the poll it recorded keeps b away.
        #expect(try await daemons.b.refusedClaims(of: ids, now: at(100)) == ["sz-news": .notDue(until: at(600))])
        // The look took nothing: "hb-news" is free, "js-news" still b's.
        #expect(try await Self.claim("hb-news", by: daemons.a, expires: 200, now: 20) == .claimed)
        #expect(
            try await Self.claim("js-news", by: daemons.a, expires: 200, now: 20)
                == .held(by: "daemon-b", until: at(100)))
    }

    /// A poll's claim with its list page named.
    static func pollRequest(_ id: String, expires seconds: Int, listed: Bool = true) -> SourceLeaseRequest {
        SourceLeaseRequest(
            sourceID: id, kind: .bureau, expiresAt: at(seconds),
            listURL: listed ? "http://\(id).example/list.html" : nil)
    }

    @Test func aClaimForAPollReadsWhatThePollStartsFrom() async throws {
        let store = daemons.a
        #expect(try await Self.claim("gd-news", by: store, expires: 100, now: 0) == .claimed)
        try await store.recordPollSuccess(sourceID: "gd-news", kind: .bureau, at: at(5), nextDue: at(60))
        let gdList = try #require(Self.pollRequest("gd-news", expires: 0).listURL)
        try await store.saveValidators(Validators(etag: "\"v1\"", lastModified: nil), for: gdList)
        #expect(try await Self.claim("js-news", by: daemons.b, expires: 200, now: 0) == .claimed)

        // Several at once (the array claim): a source polled before, one never seen, one held
        // by "b", and one whose request names no list page.
        let requests = [
            Self.pollRequest("gd-news", expires: 300), Self.pollRequest("sz-news", expires: 300),
            Self.pollRequest("js-news", expires: 300), Self.pollRequest("hb-news", expires: 300, listed: false),
        ]
        let claims = try await store.claimPolls(requests, now: at(70), dueOnly: true)
        #expect(
            claims.verdicts == [
                "gd-news": .claimed, "sz-news": .claimed, "js-news": .held(by: "daemon-b", until: at(200)),
                "hb-news": .claimed,
            ])
        #expect(Set(claims.starts.keys) == ["gd-news", "sz-news"])
        for request in requests.prefix(2) {
            let read = try await store.pollStart(sourceID: request.sourceID, listURL: try #require(request.listURL))
            #expect(claims.starts[request.sourceID] == read, "\(request.sourceID)")
        }
        let gd = try #require(claims.starts["gd-news"])
        #expect(gd.listValidators?.etag == "\"v1\"" && gd.previous?.lastSuccess == at(5))

        // One alone (the one-source claim), once "b" has recorded its poll and ended its lease.
        try await daemons.b.recordPollSuccess(sourceID: "js-news", kind: .bureau, at: at(80), nextDue: at(90))
        try await store.saveValidators(
            Validators(etag: nil, lastModified: "Thu, 03 Dec 2026 08:00:00 GMT"),
            for: "http://js-news.example/list.html")
        let one = try await store.claimPolls([Self.pollRequest("js-news", expires: 400)], now: at(100), dueOnly: true)
        #expect(one.verdicts == ["js-news": .claimed])
        #expect(one.starts["js-news"]?.previous?.lastPolledBy == "daemon-b")
        #expect(one.starts["js-news"]?.listValidators?.lastModified == "Thu, 03 Dec 2026 08:00:00 GMT")
        #expect(
            one.starts["js-news"]
                == (try await store.pollStart(sourceID: "js-news", listURL: "http://js-news.example/list.html")))
    }

    @Test func aGracefulStopReleasesEveryLeaseAtOnce() async throws {
        #expect(try await Self.claim("gd-news", by: daemons.a, expires: 300, now: 0) == .claimed)
        #expect(try await Self.claim("sz-news", by: daemons.b, expires: 300, now: 0) == .claimed)
        try await daemons.a.releaseSourceLeases()
        #expect(try await Self.claim("gd-news", by: daemons.b, expires: 300, now: 1) == .claimed)
        // Only "a"'s own leases went.
        #expect(
            try await Self.claim("sz-news", by: daemons.a, expires: 300, now: 1)
                == .held(by: "daemon-b", until: at(300)))
    }

    @Test func aLaneIsSentByOneDaemonUntilItsLeaseExpiresOrItIsReleased() async throws {
        #expect(try await daemons.a.claimLane(webhookID: "ops", until: at(30), now: at(0)))
        #expect(!(try await daemons.b.claimLane(webhookID: "ops", until: at(40), now: at(10))))
        // Renewed while it drains; another webhook's lane is free.
        #expect(try await daemons.a.claimLane(webhookID: "ops", until: at(60), now: at(20)))
        #expect(try await daemons.b.claimLane(webhookID: "ding", until: at(60), now: at(20)))
        #expect(!(try await daemons.b.claimLane(webhookID: "ops", until: at(70), now: at(45))))

        // "a" died mid-send: at the expiry the lane is "b"'s, and "a" (restarted) is kept out.
        #expect(try await daemons.b.claimLane(webhookID: "ops", until: at(90), now: at(60)))
        #expect(!(try await daemons.a.claimLane(webhookID: "ops", until: at(100), now: at(61))))

        // Released with its pacing gap: free to "a" at the gap's end, not before.
        try await daemons.b.releaseLane(webhookID: "ops", freeFrom: at(70))
        #expect(!(try await daemons.a.claimLane(webhookID: "ops", until: at(100), now: at(65))))
        #expect(try await daemons.a.claimLane(webhookID: "ops", until: at(100), now: at(70)))
    }
}
