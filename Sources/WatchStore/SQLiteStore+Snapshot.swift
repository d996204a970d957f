import Foundation
import LibSQLite

extension SQLiteStore {
    /// Copies the database at `path` to a new file at `target`: a consistent snapshot (one read
    /// transaction, so a daemon writing meanwhile is no problem), for `fetch --dry-run` to work on
    /// without touching the real store. Nothing is copied when `path` does not exist.
    public static func snapshot(of path: String, to target: String) throws {
        guard FileManager.default.fileExists(atPath: path) else { return }
        let database = try SQLiteDatabase(path: path)
        try database.setBusyTimeout(milliseconds: snapshotBusyTimeout)
        try database.execute("VACUUM INTO '\(target.replacingOccurrences(of: "'", with: "''"))'")
    }

    /// How long the snapshot waits for a writer holding the database.
    static let snapshotBusyTimeout: Int32 = 5_000
}
