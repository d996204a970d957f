import LibSQLite
import Logging
import WatchCore

/// Brings a database up to the newest schema, one step per transaction, so a kill during an
/// upgrade leaves the database at the last completed step and the next start resumes from there.
enum Migrator {
    /// Applies the steps above the database's `user_version`; returns the versions before and after.
    @discardableResult
    static func migrate(_ database: SQLiteDatabase, steps: [Migration], logger: Logger) throws -> (from: Int, to: Int) {
        precondition(
            steps.enumerated().allSatisfy { $0.offset + 1 == $0.element.version },
            "migration steps must be numbered 1, 2, 3 … in order")
        let current = try database.userVersion()
        let newest = steps.last?.version ?? 0
        guard current <= newest else {
            throw StoreError.newerSchema(found: current, supported: newest)
        }
        for step in steps where step.version > current {
            do {
                try database.transaction {
                    try step.apply(database)
                    try database.setUserVersion(step.version)
                }
            } catch {
                throw StoreError.migrationFailed(version: step.version, name: step.name, reason: "\(error)")
            }
            logger.info("store schema migrated", metadata: ["version": "\(step.version)", "step": "\(step.name)"])
        }
        return (current, newest)
    }
}
