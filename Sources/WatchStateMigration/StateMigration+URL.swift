import Logging
import PostgresNIO
import WatchPostgres

extension StateMigration {
    /// Copies the SQLite file at `sqlitePath` into the database at `url` (the password from the
    /// URL or `pgpass`), on a client of its own that runs for the copy only.
    public static func run(sqlitePath: String, to url: PostgresStoreURL, logger: Logger) async throws
        -> StateMigrationReport
    {
        // Errors only: postgres-nio's own notices would only clutter a command's output.
        var background = logger
        background.logLevel = .error
        let client = PostgresClient(configuration: url.clientConfiguration(), backgroundLogger: background)
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await client.run() }
            defer { group.cancelAll() }
            return try await StateMigration(sqlitePath: sqlitePath, client: client, logger: logger).run()
        }
    }
}
