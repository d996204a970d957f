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

    /// A reader that stopped reading (its queue full) costs the daemon dropped messages, not a
    /// blocked thread: the sends return, the first ones queued and the rest refused.
    @Test func aFullSocketDropsMessagesInsteadOfWaiting() async throws {
        let systemd = try NotifyListener()
        let notifier = SystemdNotifier(environment: ["NOTIFY_SOCKET": systemd.path])
        let sends = Task { await offPool { (0..<100).map { notifier.notify("STATUS=poll \($0)") } } }
        let sent = try #require(
            await TaskDeadline.value(of: sends, within: .seconds(10)), "notify blocked on a socket nobody reads")
        #expect(sent.first == true && sent.last == false, "\(sent.count { $0 }) of 100 queued")
        #expect(await systemd.waitFor("STATUS=poll 0", timeout: 5) == ["STATUS=poll 0"])
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
