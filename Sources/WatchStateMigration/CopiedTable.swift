/// One table `state migrate` copies: every SQLite table of the store but the full-text index
/// (`articles_fts*`: PostgreSQL searches with pg_trgm indexes on `articles` itself).
struct CopiedTable: Sendable {
    let name: String
    /// The SQLite order rows are read and inserted in: ids ascending, so PostgreSQL's own
    /// identity columns (if a later step adds one) number the rows as SQLite had them.
    let order: String
    /// PostgreSQL columns filled from an SQLite expression rather than a column of that name.
    var derived: [String: String] = [:]

    /// Parents before children, as the foreign keys need them.
    static let all: [CopiedTable] = [
        CopiedTable(name: "sources", order: "id"),
        CopiedTable(name: "seen_urls", order: "url"),
        CopiedTable(name: "articles", order: "id"),
        CopiedTable(name: "sightings", order: "id"),
        CopiedTable(name: "versions", order: "article_id, version"),
        CopiedTable(name: "article_texts", order: "article_id, sha256"),
        // `seq` keeps the outbox's insertion order, which SQLite keeps as the rowid.
        CopiedTable(name: "outbox", order: "rowid", derived: ["seq": "rowid"]),
        CopiedTable(name: "webhook_status", order: "webhook_id"),
    ]
}
