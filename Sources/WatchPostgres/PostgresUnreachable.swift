/// No connection to PostgreSQL came within the store's wait (`PostgresStore.init(connectionWait:)`):
/// the server is down or out of reach, the database is gone, or every connection is busy.
public struct PostgresUnreachable: Error, Hashable, CustomStringConvertible {
    public let wait: Duration

    public var description: String {
        "no connection to PostgreSQL within \(wait.components.seconds) s (server down or out of reach, database gone, or every connection busy)"
    }
}
