import Foundation
import Logging
import WatchCore

/// Tells a lost database from a first start: a store that holds no article beside a watch
/// folder that already holds article files was emptied or replaced (a 0-byte file, a deleted
/// database). Announcing everything again would repeat every alert the team already had, so
/// every source's next successful poll is a baseline instead.
public enum LostStoreCheck {
    /// Watch-folder article files end so (`YYYY-MM-DD_<source>_<id>.md`, `….vN.md`).
    static let articleFileSuffix = ".md"

    /// Whether the store looks lost; says so in a warning when it does.
    public static func storeWasLost(store: any Store, watchDir: String, logger: Logger) async throws -> Bool {
        guard try await store.statistics().articles == 0 else { return false }
        let files = (try? FileManager.default.contentsOfDirectory(atPath: watchDir)) ?? []
        let articleFiles = files.filter { $0.hasSuffix(articleFileSuffix) && !$0.hasPrefix(".") }
        guard !articleFiles.isEmpty else { return false }
        logger.warning("the store is empty but the watch folder holds articles: the database was lost or replaced; each source's next poll records what is listed without alerting anyone",
                       metadata: ["watch_dir": "\(watchDir)", "article_files": "\(articleFiles.count)"])
        return true
    }
}
