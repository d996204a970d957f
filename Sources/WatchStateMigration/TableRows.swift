/// How many rows one table holds (a refused target) or received (a copy). Only the migration
/// makes one: its memberwise init stays internal.
public struct TableRows: Sendable, Equatable {
    public let table: String
    public let rows: Int
}
