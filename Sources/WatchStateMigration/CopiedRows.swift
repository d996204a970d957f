/// One table of a finished copy: how many rows went in, and how long it took.
public struct CopiedRows: Sendable, Equatable {
    public let table: String
    public let rows: Int
    /// Reading, converting and inserting the rows, and moving the table's id sequences.
    public let seconds: Double
}

extension Duration {
    /// The duration in seconds, fractions included.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
