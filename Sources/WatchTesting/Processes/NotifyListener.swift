import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Stands in for systemd's notify socket: a datagram socket the daemon reports its state to.
/// `@unchecked Sendable`: the socket never changes after `init`; one test reads it at a time.
public final class NotifyListener: @unchecked Sendable {
    /// The socket's path, for `NOTIFY_SOCKET`.
    public let path: String
    private let fd: Int32

    public init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("bw-n-\(UUID().uuidString.prefix(8))").path
        fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: Array(path.utf8)) }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard bound == 0 else { throw POSIXError(.EADDRINUSE) }
    }

    deinit {
        close(fd)
        unlink(path)
    }

    /// Messages until one starting with `prefix` arrives (that one included), or `nil` after `timeout`.
    public func waitFor(_ prefix: String, timeout: Int) -> [String]? {
        var limit = timeval(tv_sec: timeout, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        var seen: [String] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = recv(fd, &buffer, buffer.count, 0)
            guard count > 0 else { return nil }
            let message = String(decoding: buffer.prefix(count), as: UTF8.self)
            seen.append(message)
            if message.hasPrefix(prefix) { return seen }
        }
    }

    /// `waitFor` for async callers: the read blocks a thread of its own (`offPool`).
    public func waitFor(_ prefix: String, timeout: Int) async -> [String]? {
        await offPool { self.waitFor(prefix, timeout: timeout) as [String]? }
    }
}
