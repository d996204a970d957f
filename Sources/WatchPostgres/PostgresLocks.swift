/// Advisory lock keys, local to the database. Transaction locks (`pg_advisory_xact_lock`) are
/// held until the transaction ends, session locks until unlocked or the connection closes: either
/// way a daemon killed mid-write holds nothing.
enum PostgresLocks {
    /// Migrations: two daemons starting at once must not both apply a step.
    static let migration: Int64 = 0x6277_0001
    /// The writes that look up where a page belongs and then insert (`record`, `recordGone`).
    static let articles: Int64 = 0x6277_0002
    /// A session lock around one daemon's dedup decision and the records it leads to
    /// (`exclusiveIngest`).
    static let ingest: Int64 = 0x6277_0003
}
