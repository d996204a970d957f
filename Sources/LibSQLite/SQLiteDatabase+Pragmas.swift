import CSQLite

extension SQLiteDatabase {
    /// `PRAGMA user_version`: the application's schema version, kept in the database header and
    /// written by the transaction that sets it.
    public func userVersion() throws -> Int {
        let statement = try prepare("PRAGMA user_version")
        try statement.step()
        return statement.int(at: 0)
    }

    /// Sets `PRAGMA user_version` (an integer literal: pragmas take no parameters).
    public func setUserVersion(_ version: Int) throws {
        try execute("PRAGMA user_version = \(version)")
    }

    /// Runs a pragma and returns its first column, one string per row (e.g. `integrity_check`).
    public func pragmaRows(_ pragma: String) throws -> [String] {
        let statement = try prepare("PRAGMA \(pragma)")
        var rows: [String] = []
        while try statement.step() {
            rows.append(statement.string(at: 0) ?? "")
        }
        return rows
    }

    /// True when the linked SQLite was compiled with `option` (e.g. `ENABLE_FTS5`).
    public static func hasCompileOption(_ option: String) -> Bool {
        sqlite3_compileoption_used(option) == 1
    }
}
