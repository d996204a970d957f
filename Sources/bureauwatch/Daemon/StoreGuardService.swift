import Foundation
import Logging
import ServiceLifecycle
import WatchStore

/// Stops the daemon when its database file is deleted or replaced under it: SQLite would go on
/// writing to the unlinked file and every state would be lost at exit. Each write checks the
/// file too (`SQLiteStore.checkFile`); this look between writes makes an idle daemon notice.
struct StoreGuardService: Service {
    let store: SQLiteStore
    let logger: Logger

    /// How often the file is looked at (one `stat`).
    static let checkInterval: Duration = .seconds(2)

    func run() async throws {
        try await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                do {
                    try await store.checkFile()
                } catch {
                    logger.critical("stopping: \(error)")
                    throw error
                }
                try? await Task.sleep(for: Self.checkInterval)
            }
        }
    }
}
