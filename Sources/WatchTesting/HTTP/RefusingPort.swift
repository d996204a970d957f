import WatchHTTP

#if canImport(Glibc)
    import Glibc
#endif

/// A loopback port that refuses every connection for as long as the value lives: a TCP socket
/// bound to it that never listens. A port taken from a server that was stopped at once is free
/// for the kernel to hand out again, and in a busy test run another test's server got it (the
/// "refused" request then reached that server).
public final class RefusingPort: Sendable {
    public let port: UInt16
    private let fd: Int32

    public init() throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw Socket.Failure(call: "socket", code: errno) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = in_addr_t(0x7f00_0001).bigEndian // 127.0.0.1
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0 else {
            let code = errno
            close(fd)
            throw Socket.Failure(call: "bind", code: code)
        }
        self.fd = fd
        port = try Socket.boundPort(fd)
    }

    /// `http://127.0.0.1:<port>`.
    public var baseURL: String { "http://127.0.0.1:\(port)" }

    deinit { close(fd) }
}
