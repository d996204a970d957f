/// `fetch --dry-run` copies the SQLite file to work on; a PostgreSQL store has no such copy yet.
struct DryRunNeedsSQLite: Error, CustomStringConvertible {
    var description: String { "fetch --dry-run works on the SQLite store only (store: sqlite)" }
}
