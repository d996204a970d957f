/// An index the copy drops first and builds again after the rows are in: one bulk build of the
/// trigram indexes on `articles` costs a fraction of maintaining them row by row.
struct SecondaryIndex: Sendable {
    let name: String
    /// `CREATE INDEX …` as PostgreSQL gives it back (`pg_get_indexdef`).
    let definition: String
}
