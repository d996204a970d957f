import Logging
import PostgresNIO

extension PostgresConnection {
    /// Runs `body` in one transaction on this connection: committed when it returns, rolled back
    /// when it throws. Its own error is rethrown, not wrapped as postgres-nio's `withTransaction`
    /// wraps it, so callers see `StoreError`s and `StateMigrationError`s as they are. The store's
    /// transactions and `state migrate`'s copy both run through it.
    public func inTransaction<T>(logger: Logger, _ body: () async throws -> T) async throws -> T {
        try await query("BEGIN", logger: logger)
        do {
            let value = try await body()
            try await query("COMMIT", logger: logger)
            return value
        } catch {
            _ = try? await query("ROLLBACK", logger: logger)
            throw error
        }
    }
}
