import Foundation
import PostgresTesting
import Testing
import WatchCore
import WatchPostgres
import WatchTesting

/// `bureauwatch sources` on a shared (PostgreSQL) store: a source another daemon holds an
/// unexpired lease on is shown as polled by it now; an expired lease is no one's, so the source
/// shows the daemon that polled it last.
@Suite(.enabled(if: PostgresTestDatabase.shouldRun, PostgresTestDatabase.skipMessage))
struct SourcesLeaseTests {
    @Test func onlyAnUnexpiredLeaseNamesItsHolder() async throws {
        let state = try await DaemonState(.postgres)
        let database = try #require(state.database)
        let folder = try TemporaryFolder()
        let sources = ["held", "expired"].map {
            TestConfig.Source(id: $0, name: $0, url: "http://127.0.0.1:9/\($0).html")
        }
        let config = try TestConfig(sources: sources, store: state.storeLine).write(in: folder.url)
        let other = try await PostgresStore.open(
            client: database.client, daemonID: "daemon-x", logger: DaemonState.quiet)
        let now = Date()
        try await other.recordPollSuccess(
            sourceID: "expired", kind: .bureau, at: now.addingTimeInterval(-120), nextDue: now)
        let claims = try await other.claimSources(
            [
                SourceLeaseRequest(sourceID: "held", kind: .bureau, expiresAt: now.addingTimeInterval(3_600)),
                SourceLeaseRequest(sourceID: "expired", kind: .bureau, expiresAt: now.addingTimeInterval(-60)),
            ], now: now)
        #expect(claims == ["held": .claimed, "expired": .claimed])

        let run = try await BinaryRun.bureauwatch(["sources", "--json", "--config", config.path])
        #expect(run.status == 0, "\(run.stderr)")
        let rows = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]] ?? []
        let held = try #require(rows.first { $0["id"] as? String == "held" }, "\(run.stdout)")
        let expired = try #require(rows.first { $0["id"] as? String == "expired" }, "\(run.stdout)")
        #expect(held["lease_holder"] as? String == "daemon-x" && held["lease_expires"] is String)
        #expect(expired["lease_holder"] == nil && expired["lease_expires"] == nil)
        #expect(expired["polled_by"] as? String == "daemon-x")
    }

    /// `bureauwatch fetch` beside a daemon: the source the daemon is polling is left to it (and
    /// the table says so), the others are polled under the fetch's own id.
    @Test func aFetchLeavesADaemonTheSourceItIsPollingAndSaysSo() async throws {
        let state = try await DaemonState(.postgres)
        let database = try #require(state.database)
        let folder = try TemporaryFolder()
        let site = try LoopbackHTTPServer { $0.path == "/robots.txt" ? .response(status: 404) : .response(status: 304) }
        defer { site.stop() }
        let sources = ["held", "free"].map {
            TestConfig.Source(id: $0, name: $0, url: "\(site.baseURL)/\($0)/list.html")
        }
        let config = try TestConfig(sources: sources, store: state.storeLine).write(in: folder.url)
        let daemon = try await PostgresStore.open(
            client: database.client, daemonID: "daemon-x", logger: DaemonState.quiet)
        let lease = SourceLeaseRequest(sourceID: "held", kind: .bureau, expiresAt: Date().addingTimeInterval(3_600))
        #expect(try await daemon.claimSources([lease], now: Date()) == ["held": .claimed])

        let fetch = try await BinaryRun.bureauwatch(["fetch", "--config", config.path])
        #expect(fetch.status == 0, "\(fetch.stderr)")
        #expect(fetch.stdout.contains("held: left to daemon-x, which was polling it"), "\(fetch.stdout)")
        #expect(site.requests.map(\.path).filter { $0 != "/robots.txt" } == ["/free/list.html"])
        let free = try await daemon.sourceStatus("free")
        #expect(free?.lastPolledBy?.hasPrefix("fetch-") == true, "\(String(describing: free))")
        #expect(free?.lease == nil)
    }
}
