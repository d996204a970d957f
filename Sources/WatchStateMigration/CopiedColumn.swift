/// One column copied: where its value comes from in SQLite and how it goes into PostgreSQL.
struct CopiedColumn: Sendable, Equatable {
    /// The PostgreSQL column.
    let name: String
    /// The SQLite expression read for it: the column of the same name, or a derived one.
    let source: String
    let conversion: ColumnConversion
}
