import Logging
import PostgresNIO
import ServiceLifecycle
import WatchCore

/// A store with a client of its own, run as a service: the daemon puts it in its service group
/// (a graceful shutdown ends the client's `run()`), a test or a one-shot command in a task group.
extension PostgresStore: Service {
    /// A store on a new client for `url` (the password from the URL or `pgpass`). Nothing is
    /// connected until `run()` is going; then `migrate()` brings the schema up to date.
    public convenience init(
        url: PostgresStoreURL, pgpass: PGPassFile? = PGPassFile.load(),
        clock: any WallClock = SystemClock(), daemonID: String = DaemonIdentity.current(), logger: Logger
    ) {
        // Errors only: a lease asked for while `run()` is still starting is answered once it
        // runs, and postgres-nio's warning about it would only alarm the operator.
        var background = logger
        background.logLevel = .error
        let client = PostgresClient(
            configuration: url.clientConfiguration(pgpass: pgpass), backgroundLogger: background)
        self.init(client: client, clock: clock, daemonID: daemonID, logger: logger)
    }

    /// Runs the client until the task is cancelled or the service group shuts down gracefully.
    public func run() async {
        await client.run()
    }

    /// Migrates the database to the newest schema (the client must be running).
    public func migrate() async throws {
        try await PostgresMigrator.migrate(self, steps: PostgresSchema.migrations)
    }
}
