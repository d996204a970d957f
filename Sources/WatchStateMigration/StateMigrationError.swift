/// Why `state migrate` copied nothing.
public enum StateMigrationError: Error, Equatable, CustomStringConvertible {
    /// No SQLite file at the path.
    case noState(path: String)
    /// The PostgreSQL database already holds rows: the copy would mix two states.
    case targetNotEmpty([TableRows])
    /// A table the copy needs is missing from one side (`store` says which).
    case missingTable(String, store: String)
    /// A PostgreSQL column no SQLite value converts into.
    case unsupportedColumn(table: String, column: String, type: String)
    /// An SQLite value that does not fit its PostgreSQL column.
    case unexpectedValue(String)

    public var description: String {
        switch self {
        case .noState(let path): "no SQLite state at \(path)"
        case .targetNotEmpty(let tables):
            "the PostgreSQL database is not empty: "
                + tables.map { "\($0.table) (\($0.rows) row\($0.rows == 1 ? "" : "s"))" }.joined(separator: ", ")
                + "; state migrate copies into an empty database only"
        case .missingTable(let table, let store): "no table \(table) in the \(store) database"
        case .unsupportedColumn(let table, let column, let type):
            "no conversion into \(table).\(column) (PostgreSQL type \(type))"
        case .unexpectedValue(let what): "unexpected value: \(what)"
        }
    }
}
