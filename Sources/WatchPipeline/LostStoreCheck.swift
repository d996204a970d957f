import Foundation
import Logging
import WatchCore

/// Tells a lost database from a first start: a database file that was missing or empty (0 bytes)
/// when the state folder was opened, beside a watch folder that already holds article files, was
/// deleted or truncated. Announcing everything again would repeat every alert the team already
/// had, so every source's next successful poll is a baseline instead.
///
/// A database that exists but holds no article is not lost: a first run killed between writing
/// a watch file and committing its article leaves exactly that, and its re-run must announce.
public enum LostStoreCheck {
    /// Watch-folder article files end so (`YYYY-MM-DD_<source>_<id>.md`, `….vN.md`).
    static let articleFileSuffix = ".md"

    /// Whether the database file at `path` is missing or empty; ask before opening the store.
    public static func isNew(databaseAt path: String) -> Bool {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
        return (size ?? 0) == 0
    }

    /// Whether the store looks lost; says so in a warning when it does.
    public static func storeWasLost(
        store: any Store, databaseWasNew: Bool, watchDir: String,
        logger: Logger
    ) async throws -> Bool {
        guard databaseWasNew, try await store.statistics().articles == 0 else { return false }
        let files = (try? FileManager.default.contentsOfDirectory(atPath: watchDir)) ?? []
        let articleFiles = files.filter { $0.hasSuffix(articleFileSuffix) && !$0.hasPrefix(".") }
        guard !articleFiles.isEmpty else { return false }
        logger.warning(
            "the database was missing or empty but the watch folder holds articles: the database was lost or replaced; each source's next poll records what is listed without alerting anyone",
            metadata: ["watch_dir": "\(watchDir)", "article_files": "\(articleFiles.count)"])
        return true
    }
}
