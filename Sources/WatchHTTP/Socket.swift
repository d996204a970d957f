import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The few POSIX socket calls the HTTP servers need, each returning or throwing plainly.
public enum Socket {
    /// A socket call that failed, with the call's name and `errno`'s text.
    public struct Failure: Error, CustomStringConvertible {
        public let call: String
        public let code: Int32
        public var description: String { "\(call) failed: \(String(cString: strerror(code)))" }

        public init(call: String, code: Int32) {
            self.call = call
            self.code = code
        }
    }

    /// A listen address that is not an IPv4 literal.
    public struct InvalidAddress: Error, CustomStringConvertible {
        public let host: String
        public var description: String { "listen address \"\(host)\" is not an IPv4 address such as 127.0.0.1" }
    }

    /// How many not-yet-accepted connections the kernel may queue.
    static let backlog: Int32 = 512

    /// A listening TCP socket on 127.0.0.1 with a port the kernel picks.
    public static func listenOnLoopback() throws -> Int32 {
        try listen(host: "127.0.0.1", port: 0)
    }

    /// A listening TCP socket on `host` (an IPv4 address such as `127.0.0.1`) and `port`
    /// (0 lets the kernel pick; read it back with `boundPort`).
    public static func listen(host: String, port: UInt16) throws -> Int32 {
        let fd = try bound(host: host, port: port, reuseAddress: true)
        guard Glibc.listen(fd, backlog) == 0 else {
            let code = errno
            close(fd)
            throw Failure(call: "listen on \(host):\(port)", code: code)
        }
        return fd
    }

    /// A TCP socket bound to `host` and `port`, not listening: connections to it are refused.
    /// `reuseAddress` lets a listener take its port back at once after a restart; a socket that
    /// only holds a port must not set it, or the kernel may hand the port to another socket too.
    public static func bound(host: String, port: UInt16, reuseAddress: Bool) throws -> Int32 {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        guard inet_pton(AF_INET, host, &address.sin_addr) == 1 else {
            throw InvalidAddress(host: host)
        }
        // Close-on-exec: a child the process starts must not inherit (and hold open) the port.
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw Failure(call: "socket", code: errno) }
        if reuseAddress {
            var yes: Int32 = 1
            setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0 else {
            let code = errno
            close(fd)
            throw Failure(call: "bind to \(host):\(port)", code: code)
        }
        return fd
    }

    /// The local port of a bound socket.
    public static func boundPort(_ fd: Int32) throws -> UInt16 {
        var address = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let result = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard result == 0 else { throw Failure(call: "getsockname", code: errno) }
        return UInt16(bigEndian: address.sin_port)
    }

    public static func disableNagle(_ fd: Int32) {
        var yes: Int32 = 1
        setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &yes, socklen_t(MemoryLayout<Int32>.size))
    }

    /// Makes every `recv` on `fd` give up after `timeout` (SO_RCVTIMEO), so a silent peer
    /// cannot hold the connection's thread forever.
    public static func setReceiveTimeout(_ fd: Int32, _ timeout: Duration) {
        let (seconds, attoseconds) = timeout.components
        var value = timeval(tv_sec: Int(seconds), tv_usec: Int(attoseconds / 1_000_000_000_000))
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &value, socklen_t(MemoryLayout<timeval>.size))
    }

    /// Writes every byte; `false` if the peer went away.
    public static func sendAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes {
                send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
            }
            if sent < 0 && errno == EINTR { continue }
            guard sent > 0 else { return false }
            offset += sent
        }
        return true
    }

    /// Blocks until the peer closes (or the server shuts the socket down).
    public static func waitUntilClosed(_ fd: Int32) {
        var sink = [UInt8](repeating: 0, count: 4096)
        while sink.withUnsafeMutableBytes({ recv(fd, $0.baseAddress, $0.count, 0) }) > 0 {}
    }

    /// Makes the coming `close` send a TCP RST.
    public static func resetOnClose(_ fd: Int32) {
        var option = linger(l_onoff: 1, l_linger: 0)
        setsockopt(fd, SOL_SOCKET, SO_LINGER, &option, socklen_t(MemoryLayout<linger>.size))
    }
}
