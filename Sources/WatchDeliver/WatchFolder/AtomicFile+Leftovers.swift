import Foundation

extension AtomicFile {
    /// Whether `name` is one of `write`'s temporary names (`.<name>.<8 characters>.tmp`).
    static func isTemporaryName(_ name: String) -> Bool {
        guard name.hasPrefix("."), name.hasSuffix(".tmp"), name.count > 14 else { return false }
        let stem = name.dropLast(4)
        return stem.dropLast(8).hasSuffix(".")
    }

    /// How old a temporary must be before a daemon that shares the folder with others removes it
    /// (`removeLeftovers(in:olderThan:)`): a write lasts milliseconds, so one this old was left
    /// by a writer that died, never one still writing.
    public static let sharedLeftoverAge: TimeInterval = 600

    /// Deletes the temporary files a killed writer left in `folder` (written, never renamed).
    /// Without `olderThan`, call it only while holding the instance lock: a live writer's
    /// temporary would go too. Daemons sharing one watch folder (several on one PostgreSQL)
    /// pass `sharedLeftoverAge`, so only a dead writer's temporaries go.
    /// - Returns: the names removed.
    @discardableResult
    public static func removeLeftovers(in folder: String, olderThan age: TimeInterval? = nil) throws -> [String] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch CocoaError.fileReadNoSuchFile {
            return []
        } catch {
            throw DeliveryError(path: folder, operation: "list folder", message: "\(error)")
        }
        let leftovers = names.filter { isTemporaryName($0) && isOlder(folder + "/" + $0, than: age) }
        for name in leftovers where unlink(folder + "/" + name) != 0 && errno != ENOENT {
            throw failure(folder + "/" + name, "remove leftover")
        }
        return leftovers
    }

    /// Whether the file was last modified more than `age` ago (always, without an age).
    private static func isOlder(_ path: String, than age: TimeInterval?) -> Bool {
        guard let age else { return true }
        guard let modified = try? FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
        else { return false }
        return Date().timeIntervalSince(modified) > age
    }
}
