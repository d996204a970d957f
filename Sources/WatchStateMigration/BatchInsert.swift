import LibSQLite
import PostgresNIO

/// One multi-row `INSERT` per batch of SQLite rows: one round trip and one statement for
/// hundreds of rows rather than one each.
struct BatchInsert {
    let table: String
    let columns: [CopiedColumn]
    /// The rows carry their own ids for an identity column: PostgreSQL must keep them.
    let keepsIdentity: Bool

    /// PostgreSQL takes at most 65 535 parameters per statement; this stays well below it.
    static let maxParameters = 30_000

    /// Rows per statement: enough to amortise the round trip, few enough to keep statements small.
    static let maxRows = 1_000

    /// Rows per statement for this table.
    var rowsPerStatement: Int { max(1, min(Self.maxRows, Self.maxParameters / max(1, columns.count))) }

    func query(_ rows: [[SQLiteValue]]) throws -> PostgresQuery {
        let names = columns.map { PostgresTarget.quoted($0.name) }.joined(separator: ", ")
        var sql = "INSERT INTO \(PostgresTarget.quoted(table)) (\(names))"
        sql += keepsIdentity ? " OVERRIDING SYSTEM VALUE VALUES " : " VALUES "
        var bindings = PostgresBindings(capacity: rows.count * columns.count)
        var index = 0
        for (number, row) in rows.enumerated() {
            sql += number == 0 ? "(" : ", ("
            for (position, column) in columns.enumerated() {
                index += 1
                sql += (position == 0 ? "" : ", ") + column.conversion.placeholder(index)
                try column.conversion.bind(row[position], into: &bindings)
            }
            sql += ")"
        }
        return PostgresQuery(unsafeSQL: sql, binds: bindings)
    }
}
