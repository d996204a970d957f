import PostgresNIO

/// One step of the PostgreSQL schema, applied once in its own transaction to bring the database
/// from `version - 1` to `version`. Its statements run one by one: the extended protocol
/// postgres-nio speaks takes one statement per query.
struct PostgresMigration: Sendable {
    let version: Int
    let name: String
    let statements: [String]
}
