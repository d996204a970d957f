/// How many rows one table holds (a refused target) or received (a copy).
public struct TableRows: Sendable, Equatable {
    public let table: String
    public let rows: Int

    public init(table: String, rows: Int) {
        self.table = table
        self.rows = rows
    }
}
