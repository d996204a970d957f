/// Advisory lock keys (`pg_advisory_xact_lock`), local to the database: held until the
/// transaction ends, so a daemon killed mid-write holds nothing.
enum PostgresLocks {
    /// Migrations: two daemons starting at once must not both apply a step.
    static let migration: Int64 = 0x6277_0001
    /// The writes that look up where a page belongs and then insert (`record`, `recordGone`).
    static let articles: Int64 = 0x6277_0002
}
