import Foundation
import Testing
import WatchDaemon
import WatchTesting

#if canImport(Glibc)
    import Glibc
#endif

@Suite struct SystemdNotifierTests {
    @Test func sendsStatesToTheNotifySocket() throws {
        let systemd = try NotifyListener()
        let notifier = SystemdNotifier(environment: ["NOTIFY_SOCKET": systemd.path])
        #expect(notifier.notify("READY=1"))
        #expect(notifier.notify("STATUS=2 sources, 0 failing"))
        #expect(systemd.waitFor("STATUS=", timeout: 5) == ["READY=1", "STATUS=2 sources, 0 failing"])
    }

    @Test func withoutNotifySocketNothingIsSent() {
        #expect(!SystemdNotifier(environment: [:]).notify("READY=1"))
    }

    @Test func watchdogIntervalIsHalfOfWatchdogUsec() {
        #expect(SystemdNotifier.watchdogInterval(environment: ["WATCHDOG_USEC": "60000000"]) == .seconds(30))
        #expect(SystemdNotifier.watchdogInterval(environment: [:]) == nil)
        #expect(
            SystemdNotifier.watchdogInterval(
                environment: ["WATCHDOG_USEC": "60000000", "WATCHDOG_PID": "1"],
                pid: 42) == nil)
    }
}
