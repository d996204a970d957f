import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One daemon per state folder: an exclusive `flock` on `<state>/bureauwatch.lock`, held for the
/// life of this value. The kernel drops it when the process dies, so a crash leaves no stale lock.
public final class InstanceLock: Sendable {
    /// Why the lock could not be taken.
    public struct Refused: Error, CustomStringConvertible {
        public let path: String
        public let holder: String?
        public let reason: String
        public var description: String {
            "cannot lock \(path): \(reason)" + (holder.map { " (held by pid \($0))" } ?? "")
        }
    }

    public let path: String
    private let fd: Int32

    /// Takes the lock or throws at once (never waits).
    public init(stateDir: String) throws {
        path = (stateDir as NSString).appendingPathComponent("bureauwatch.lock")
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw Refused(path: path, holder: nil, reason: String(cString: strerror(errno)))
        }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let busy = errno == EWOULDBLOCK
            let holder = Self.readHolder(fd)
            close(fd)
            throw Refused(
                path: path, holder: holder,
                reason: busy
                    ? "another bureauwatch is already running on this state folder"
                    : String(cString: strerror(errno)))
        }
        let pid = Array("\(getpid())\n".utf8)
        _ = ftruncate(fd, 0)
        _ = pwrite(fd, pid, pid.count, 0)
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }

    private static func readHolder(_ fd: Int32) -> String? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = pread(fd, &buffer, buffer.count, 0)
        guard count > 0 else { return nil }
        let text = String(decoding: buffer.prefix(count), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }
}
