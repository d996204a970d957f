/// What `state migrate` copied, and how fast.
public struct StateMigrationReport: Sendable, Equatable {
    /// Rows copied per table, in the order they were copied.
    public let tables: [CopiedRows]
    /// SQLite columns with no PostgreSQL column of the same name (`table.column`): not copied.
    public let leftColumns: [String]
    /// From the first look at the target to the commit.
    public let seconds: Double

    public var totalRows: Int { tables.reduce(0) { $0 + $1.rows } }

    public var rowsPerSecond: Double { seconds > 0 ? Double(totalRows) / seconds : 0 }
}
