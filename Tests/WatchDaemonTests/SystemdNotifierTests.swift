import Foundation
import Testing
import WatchDaemon
#if canImport(Glibc)
import Glibc
#endif

@Suite struct SystemdNotifierTests {
    /// A datagram socket standing in for systemd's notify socket.
    final class NotifySocket {
        let fd: Int32
        let path: String

        init() throws {
            path = FileManager.default.temporaryDirectory.appendingPathComponent("bw-notify-\(UUID().uuidString.prefix(8))").path
            fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
            var address = sockaddr_un()
            address.sun_family = sa_family_t(AF_UNIX)
            withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: Array(path.utf8)) }
            let bound = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
                }
            }
            try #require(bound == 0)
        }

        deinit {
            close(fd)
            unlink(path)
        }

        /// The next datagram (blocks; the sender has already sent it).
        func receive() -> String {
            var buffer = [UInt8](repeating: 0, count: 4096)
            let count = recv(fd, &buffer, buffer.count, 0)
            return String(decoding: buffer.prefix(max(count, 0)), as: UTF8.self)
        }
    }

    @Test func sendsStatesToTheNotifySocket() throws {
        let systemd = try NotifySocket()
        let notifier = SystemdNotifier(environment: ["NOTIFY_SOCKET": systemd.path])
        #expect(notifier.notify("READY=1"))
        #expect(notifier.notify("STATUS=2 sources, 0 failing"))
        #expect(systemd.receive() == "READY=1")
        #expect(systemd.receive() == "STATUS=2 sources, 0 failing")
    }

    @Test func withoutNotifySocketNothingIsSent() {
        #expect(!SystemdNotifier(environment: [:]).notify("READY=1"))
    }

    @Test func watchdogIntervalIsHalfOfWatchdogUsec() {
        #expect(SystemdNotifier.watchdogInterval(environment: ["WATCHDOG_USEC": "60000000"]) == .seconds(30))
        #expect(SystemdNotifier.watchdogInterval(environment: [:]) == nil)
        #expect(SystemdNotifier.watchdogInterval(environment: ["WATCHDOG_USEC": "60000000", "WATCHDOG_PID": "1"],
                                                 pid: 42) == nil)
    }
}
