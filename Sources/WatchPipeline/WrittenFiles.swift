import Foundation
import Logging
import Synchronization

/// The watch files one store transaction created, so they can be removed when its commit fails
/// (a full disk, a lost database): a file must never announce an article the store does not hold.
final class WrittenFiles: Sendable {
    private let paths = Mutex<[String]>([])

    func note(_ path: String) {
        paths.withLock { $0.append(path) }
    }

    /// Deletes every noted file (a file already gone is fine).
    func removeAll(logger: Logger) {
        for path in paths.withLock({ $0 }) {
            do {
                try FileManager.default.removeItem(atPath: path)
                logger.warning("watch file removed: its article could not be stored", metadata: ["file": "\(path)"])
            } catch CocoaError.fileNoSuchFile {
                continue
            } catch {
                logger.error(
                    "cannot remove the watch file of an article not stored",
                    metadata: ["file": "\(path)", "error": "\(error)"])
            }
        }
    }
}
