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
        fd = try Socket.bound(host: "127.0.0.1", port: 0, reuseAddress: false)
        do {
            port = try Socket.boundPort(fd)
        } catch {
            close(fd)
            throw error
        }
    }

    /// `http://127.0.0.1:<port>`.
    public var baseURL: String { "http://127.0.0.1:\(port)" }

    deinit { close(fd) }
}
