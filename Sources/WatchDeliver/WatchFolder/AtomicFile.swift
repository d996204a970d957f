import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Writes whole files so a reader or a crash sees the old file or the new one, never a part:
/// a dot-prefixed temporary name in the same folder, write, fsync, rename, fsync of the folder.
public enum AtomicFile {
    /// Replaces (or creates) `folder/name` with `bytes`.
    public static func write(_ bytes: [UInt8], to name: String, in folder: String) throws {
        let target = folder + "/" + name
        let temporary = folder + "/.\(name).\(UUID().uuidString.prefix(8)).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw failure(temporary, "create") }
        do {
            try writeAll(fd, bytes, path: temporary)
            guard fsync(fd) == 0 else { throw failure(temporary, "fsync") }
            guard close(fd) == 0 else { throw failure(temporary, "close") }
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        guard rename(temporary, target) == 0 else {
            let error = failure(target, "rename")
            unlink(temporary)
            throw error
        }
        try syncFolder(folder)
    }

    /// Flushes the folder's entries, so the rename itself survives a power cut.
    public static func syncFolder(_ folder: String) throws {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw failure(folder, "open folder") }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw failure(folder, "fsync folder") }
    }

    /// Creates `folder` and its parents when missing.
    public static func ensureFolder(_ folder: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw DeliveryError(path: folder, operation: "create folder", message: "\(error)")
        }
    }

    static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { throw failure(path, "write") }
            offset += written
        }
    }

    static func failure(_ path: String, _ operation: String) -> DeliveryError {
        DeliveryError(path: path, operation: operation, message: String(cString: strerror(errno)))
    }
}
