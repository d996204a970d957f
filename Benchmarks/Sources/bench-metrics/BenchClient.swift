import Foundation
import WatchTesting

#if canImport(Glibc)
    import Glibc
#endif

/// One GET per connection (`Connection: close`), read to EOF; returns the bytes received.
enum BenchClient {
    static func get(_ path: String, port: UInt16) -> Int {
        guard let fd = try? LoopbackClient.connect(port: port) else { return 0 }
        defer { close(fd) }
        let request = Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".utf8)
        _ = request.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        var total = 0
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { return total }
            total += count
        }
    }
}
