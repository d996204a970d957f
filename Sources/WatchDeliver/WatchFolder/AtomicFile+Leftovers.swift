import Foundation

extension AtomicFile {
    /// Whether `name` is one of `write`'s temporary names (`.<name>.<8 characters>.tmp`).
    static func isTemporaryName(_ name: String) -> Bool {
        guard name.hasPrefix("."), name.hasSuffix(".tmp"), name.count > 14 else { return false }
        let stem = name.dropLast(4)
        return stem.dropLast(8).hasSuffix(".")
    }

    /// Deletes the temporary files a killed writer left in `folder` (written, never renamed).
    /// Call it only while holding the instance lock: a live writer's temporary would go too.
    /// - Returns: the names removed.
    @discardableResult
    public static func removeLeftovers(in folder: String) throws -> [String] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch CocoaError.fileReadNoSuchFile {
            return []
        } catch {
            throw DeliveryError(path: folder, operation: "list folder", message: "\(error)")
        }
        let leftovers = names.filter(isTemporaryName)
        for name in leftovers where unlink(folder + "/" + name) != 0 && errno != ENOENT {
            throw failure(folder + "/" + name, "remove leftover")
        }
        return leftovers
    }
}
