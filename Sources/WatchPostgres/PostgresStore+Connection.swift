import PostgresNIO

/// Borrowing a connection, with a bound on the wait (`connectionWait`): postgres-nio's pool
/// keeps a request waiting for as long as it cannot connect, so without one a daemon whose server
/// went away stopped polling without a word, and a stop waited for ever on its last records.
extension PostgresStore {
    /// Runs `body` on a connection from the pool, or throws `PostgresUnreachable` when none came
    /// within `connectionWait` (the lease is cancelled then). Only the wait is bounded, not `body`.
    /// Public for the callers that need a connection of their own (`state migrate`).
    public func withPooledConnection<T: Sendable>(_ body: (PostgresConnection) async throws -> T) async throws -> T {
        try await withThrowingTaskGroup(of: Void.self, returning: T.self) { group in
            let handoff = ConnectionHandoff()
            let client = client
            group.addTask {
                do {
                    try await client.withConnection { await handoff.lend($0) }
                } catch {
                    handoff.fail(error)
                }
            }
            let wait = connectionWaits.begin(handoff)
            let connection: PostgresConnection
            do {
                connection = try await handoff.connection()
                connectionWaits.end(wait)
            } catch {
                connectionWaits.end(wait)
                group.cancelAll()
                throw error
            }
            defer { handoff.giveBack() }
            return try await body(connection)
        }
    }
}
