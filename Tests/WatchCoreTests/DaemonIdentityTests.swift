import Testing
import WatchCore

/// The id a daemon goes by in a shared store.
@Suite struct DaemonIdentityTests {
    @Test func theEnvironmentNamesTheDaemonElseHostAndProcess() {
        #expect(DaemonIdentity.current(environment: ["BUREAUWATCH_DAEMON_ID": "gz-1"], hostname: "h", pid: 7) == "gz-1")
        #expect(DaemonIdentity.current(environment: [:], hostname: "watch01", pid: 4242) == "watch01-4242")
        #expect(DaemonIdentity.current(environment: ["BUREAUWATCH_DAEMON_ID": " "], hostname: "h", pid: 7) == "h-7")
    }
}
