import Foundation
import Testing
import WatchCore

/// Every store claims every due source for a single daemon: SQLite is one daemon per state
/// file, the in-memory twin one per process, and a fresh PostgreSQL database has no other holder.
@Suite struct SourceLeaseConformanceTests {
    static func request(_ id: String, expires seconds: Int) -> SourceLeaseRequest {
        SourceLeaseRequest(sourceID: id, kind: .bureau, expiresAt: at(seconds))
    }

    @Test(arguments: StoreKind.allCases)
    func aSingleDaemonClaimsEveryDueSourceAndItsLanes(kind: StoreKind) async throws {
        let fixture = try await StoreFixture(kind)
        defer { fixture.remove() }
        let store = fixture.store
        let claims = try await store.claimSources(
            [Self.request("gd-news", expires: 100), Self.request("sz-news", expires: 100)], now: at(0))
        #expect(claims == ["gd-news": .claimed, "sz-news": .claimed])
        try await store.recordPollSuccess(sourceID: "gd-news", kind: .bureau, at: at(5), nextDue: at(600))
        // Due again at its stored time, and a lane is this daemon's for as long as it asks.
        #expect(
            try await store.claimSources([Self.request("gd-news", expires: 700)], now: at(600)) == ["gd-news": .claimed]
        )
        #expect(try await store.claimLane(webhookID: "ops", until: at(30), now: at(0)))
        try await store.releaseLane(webhookID: "ops", freeFrom: at(10))
        #expect(try await store.claimLane(webhookID: "ops", until: at(30), now: at(1)))
    }

    @Test(arguments: StoreKind.allCases)
    func aClaimRecordsTheFinishedPollsItCarriesAndAloneWhenItClaimsNothing(kind: StoreKind) async throws {
        let fixture = try await StoreFixture(kind)
        defer { fixture.remove() }
        let store = fixture.store
        let timeout = FetchError(kind: .timeout, url: "http://gd.spb.gov.cn/", message: "no answer")
        try await store.recordPollFailure(sourceID: "gd-news", kind: .bureau, error: timeout, at: at(0), nextDue: at(5))
        #expect(
            try await store.claimSources([Self.request("gd-news", expires: 100)], now: at(5)) == ["gd-news": .claimed])

        let finished = PollSuccessRecord(sourceID: "gd-news", kind: .bureau, at: at(9), nextDue: at(600))
        let claims = try await store.claimPolls(
            [Self.request("sz-news", expires: 100)], now: at(10), dueOnly: true, recording: [finished])
        #expect(claims.verdicts == ["sz-news": .claimed])
        let gd = try #require(try await store.sourceStatus("gd-news"))
        #expect(gd.consecutiveFailures == 0 && gd.lastErrorKind == nil)
        #expect(gd.lastSuccess == at(9) && gd.nextDue == at(600) && gd.lease == nil)

        let last = PollSuccessRecord(sourceID: "sz-news", kind: .bureau, at: at(20), nextDue: at(620))
        #expect(try await store.claimPolls([], now: at(20), dueOnly: true, recording: [last]).verdicts.isEmpty)
        let sz = try #require(try await store.sourceStatus("sz-news"))
        #expect(sz.lastSuccess == at(20) && sz.nextDue == at(620) && sz.lease == nil)
    }
}
