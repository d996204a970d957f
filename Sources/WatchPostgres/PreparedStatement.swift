import PostgresNIO

/// The text of a statement the server parses and plans once per connection, and the name it
/// is prepared under there (a constant: postgres-nio asks for it on every execution).
protocol PreparedSQL {
    static var name: String { get }
    static var sql: String { get }
}

/// A statement run prepared: postgres-nio prepares `SQL` on a connection the first time it runs
/// there and binds and executes it after. Every poll runs a few statements; parsing and
/// planning each anew was most of the server's work in the 10 000-source cycle (BENCHMARKS.md).
struct Prepared<SQL: PreparedSQL>: PostgresPreparedStatement {
    static var name: String { SQL.name }
    static var sql: String { SQL.sql }

    let bindings: PostgresBindings

    /// The statement with its `$1`, `$2`, … values, appended in that order by `bind`.
    init(_ bind: (inout PostgresBindings) -> Void) {
        var bindings = PostgresBindings()
        bind(&bindings)
        self.bindings = bindings
    }

    func makeBindings() -> PostgresBindings { bindings }

    func decodeRow(_ row: PostgresRow) -> PostgresRow { row }
}
