import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The client side of a raw-socket HTTP test or benchmark: a TCP connection to a server on
/// 127.0.0.1, with nothing sent yet.
public enum LoopbackClient {
    /// A socket call that failed, in words (`connect to port 8080: Connection refused`).
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// A socket connected to 127.0.0.1:`port`; the caller closes it.
    public static func connect(port: UInt16) throws -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "socket: \(String(cString: strerror(errno)))") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            let code = errno
            close(fd)
            throw Failure(description: "connect to port \(port): \(String(cString: strerror(code)))")
        }
        return fd
    }
}
