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
}
