import Testing
import WatchCore

/// The id a daemon goes by in a shared store.
@Suite struct DaemonIdentityTests {
    @Test func theEnvironmentNamesTheDaemonElseHostAndProcess() {
        #expect(DaemonIdentity.current(environment: ["BUREAUWATCH_DAEMON_ID": "gz-1"], hostname: "h", pid: 7) == "gz-1")
        #expect(DaemonIdentity.current(environment: [:], hostname: "watch01", pid: 4242) == "watch01-4242")
        #expect(DaemonIdentity.current(environment: ["BUREAUWATCH_DAEMON_ID": " "], hostname: "h", pid: 7) == "h-7")
    }

    /// A fetch's id is never a daemon's, and two fetches in containers that share a hostname and
    /// a pid still differ (most of the time: 16 random bits).
    @Test func aFetchGoesByAnIdOfItsOwn() {
        let ids = Set((0..<8).map { _ in DaemonIdentity.oneShot(hostname: "watch01", pid: 1) })
        #expect(ids.allSatisfy { $0.hasPrefix("fetch-watch01-1-") })
        #expect(ids.count > 1)
    }
}
