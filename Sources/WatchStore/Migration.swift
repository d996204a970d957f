import LibSQLite

/// One step of the schema: run once, in its own transaction, to bring the database from
/// `version - 1` to `version` (recorded in `PRAGMA user_version`).
struct Migration: Sendable {
    let version: Int
    let name: String
    let apply: @Sendable (SQLiteDatabase) throws -> Void

    /// A step that is plain SQL.
    init(version: Int, name: String, sql: String) {
        self.init(version: version, name: name) { try $0.execute(sql) }
    }

    init(version: Int, name: String, apply: @escaping @Sendable (SQLiteDatabase) throws -> Void) {
        self.version = version
        self.name = name
        self.apply = apply
    }
}
