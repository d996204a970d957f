import Foundation
import PostgresNIO
import PostgresTesting
import Testing
import WatchCore
import WatchPipeline
import WatchPostgres
import WatchTesting

/// A database that goes away under a running daemon (dropped, or its server down): postgres-nio
/// keeps asking for a connection for as long as it cannot make one, and the store's calls wait
/// at most `connectionWait` for it, then fail saying so.
extension SharedSchedulingTests {
    static let shortWait: Duration = .seconds(1)

    @Test func aCallOnADroppedDatabaseFailsSayingPostgreSQLIsOutOfReach() async throws {
        try await withUnchangedSite { database, site, _ in
            let store = try await PostgresStore.open(
                client: database.client, daemonID: "daemon", connectionWait: Self.shortWait, logger: quietLogger)
            _ = try await store.sourceHealth()
            try await Self.drop(database)
            let call = Task { () -> (any Error)? in
                do {
                    _ = try await store.sourceHealth()
                    return nil
                } catch {
                    return error
                }
            }
            let outcome = await TaskDeadline.value(of: call, within: .seconds(60))
            let error = try #require(outcome, "the call still waits for a connection after 60 s")
            #expect(error is PostgresUnreachable, "\(String(describing: error))")
            #expect("\(String(describing: error))".contains("no connection to PostgreSQL within 1 s"))
        }
    }

    @Test func aSchedulerWhoseDatabaseWentAwayStopsWhenCancelled() async throws {
        try await withUnchangedSite { database, site, watch in
            let sources = Self.sources(on: site, count: 4, interval: .seconds(600))
            let store = try await PostgresStore.open(
                client: database.client, daemonID: "daemon", connectionWait: Self.shortWait, logger: quietLogger)
            let daemon = try await Daemon(store: store, sources: sources, watch: watch)
            try await Self.drop(database)
            let run = Task { await daemon.scheduler.run(sources: { sources }, observe: { _ in }) }
            // The stop's own calls (the polls' records, the leases' release) run in tasks the
            // stop does not cancel: they fail once the wait is over, and the run ends.
            run.cancel()
            #expect(await TaskDeadline.value(of: run, within: .seconds(60)) != nil, "the stop waits on the store")
        }
    }

    /// Drops `database` under its running client, as an operator's mistake or a restore would.
    static func drop(_ database: PostgresTestDatabase) async throws {
        var server = database.url
        server.database = "postgres"
        let name = database.name
        try await PostgresTestDatabase.onServer(server) { admin in
            try await admin.query("DROP DATABASE \(unescaped: name) WITH (FORCE)")
        }
    }
}
