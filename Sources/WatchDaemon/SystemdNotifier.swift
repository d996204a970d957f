import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Speaks systemd's notify protocol directly: datagrams such as `READY=1` to the socket named
/// by `$NOTIFY_SOCKET` (a path, or an abstract name starting with `@`). Without the variable,
/// every call is a no-op, so the daemon runs the same outside systemd.
public struct SystemdNotifier: Sendable {
    /// The socket address, or `nil` when not started by systemd with `Type=notify`.
    public let socketPath: String?

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        socketPath = environment["NOTIFY_SOCKET"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Sends one state message (`READY=1`, `STATUS=…`, `WATCHDOG=1`, `RELOADING=1`, `STOPPING=1`).
    /// A failure to send is reported, never fatal: systemd may simply be gone. Never waits: a
    /// message the socket's queue has no room for (a reader that stopped reading; Linux queues
    /// 10 datagrams by default) is dropped, since a blocked send held a thread of Swift's
    /// cooperative pool per poll until the daemon could not even stop.
    @discardableResult
    public func notify(_ state: String) -> Bool {
        guard let socketPath else { return false }
        let fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        var pathBytes = Array(socketPath.utf8)
        if pathBytes.first == UInt8(ascii: "@") { pathBytes[0] = 0 } // abstract namespace
        let capacity = MemoryLayout.size(ofValue: address.sun_path)
        guard pathBytes.count < capacity else { return false }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: pathBytes)
        }
        let length = socklen_t(MemoryLayout<sa_family_t>.size + pathBytes.count)
        let message = Array(state.utf8)
        let sent = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
                sendto(fd, message, message.count, Int32(MSG_NOSIGNAL | MSG_DONTWAIT), socketAddress, length)
            }
        }
        return sent == message.count
    }

    /// Half of `$WATCHDOG_USEC`, the interval at which `WATCHDOG=1` keeps systemd content;
    /// `nil` when no watchdog is configured (or it is meant for another process).
    public static func watchdogInterval(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        pid: Int32 = getpid()
    ) -> Duration? {
        guard let text = environment["WATCHDOG_USEC"], let micros = Int64(text), micros > 0 else { return nil }
        if let owner = environment["WATCHDOG_PID"], Int32(owner) != pid { return nil }
        return .microseconds(micros / 2)
    }
}
