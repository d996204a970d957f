import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The device and inode of the database file: a file deleted or replaced under the daemon (an
/// operator's `rm`, a restore copied over it) no longer matches the one the connection holds.
struct DatabaseFileIdentity: Sendable, Hashable {
    var device: UInt64
    var inode: UInt64

    /// The identity of the file at `path` now, or nil when there is none.
    static func of(path: String) -> DatabaseFileIdentity? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return DatabaseFileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }
}
