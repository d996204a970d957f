import Foundation
import Logging
import PostgresTesting
import WatchCore
import WatchPostgres
import WatchStore

/// Where a binary test's daemon keeps its state: the SQLite file in the config's state folder
/// (the default), or a PostgreSQL database of the test's own, named by `store:` in the config
/// (issue 19: the same end-to-end behaviour on both). The database is dropped when the value goes.
final class DaemonState: Sendable {
    let backend: StoreBackend
    let database: PostgresTestDatabase?

    init(_ backend: StoreBackend) async throws {
        self.backend = backend
        database = backend == .postgres ? try await PostgresTestDatabase.make(gate: .daemons) : nil
    }

    deinit { database?.remove() }

    /// The daemon id (`BUREAUWATCH_DAEMON_ID`) a test gives the one daemon it runs on this state
    /// at a time, so the test can end the leases a killed run of it left (`makeEverySourceDue`).
    static let daemonID = "test-daemon"

    /// The config's `store:` line; nil for SQLite, the default a config need not name.
    var storeLine: String? { database.map { "store: \($0.configURL)" } }

    /// `storeLine` with `password` in its URL, for a test that checks the password never shows;
    /// the test server trusts local connections, so it is never asked for.
    func storeLine(password: String) -> String? {
        database.map { database in
            let user = "://\(database.url.user)@"
            return "store: "
                + database.configURL.replacingOccurrences(of: user, with: user.dropLast() + ":\(password)@")
        }
    }

    /// The store as the binary opens it, for a test that changes the state between runs; nil
    /// while no run has created it (no SQLite file, no PostgreSQL schema yet).
    func open(stateFolder: URL) async throws -> (any Store)? {
        if let database {
            let store = PostgresStore(client: database.client, daemonID: Self.daemonID, logger: Self.quiet)
            guard try await store.schemaVersion() > 0 else { return nil }
            // A run killed between two migrations left the schema part-way (no leases yet, say):
            // finish it, as the next run would on starting.
            try await store.migrate()
            return store
        }
        let path = stateFolder.appendingPathComponent("bureauwatch.sqlite").path
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        return try SQLiteStore(path: path, logger: Self.quiet)
    }

    /// Makes every polled source due at once: a test's restart stands in for its interval (30 s
    /// at least) having passed, as a longer outage would have made them due, and for the
    /// leases a killed run held (`daemonID`'s) having expired.
    func makeEverySourceDue(stateFolder: URL) async throws {
        do {
            guard let store = try await open(stateFolder: stateFolder) else { return }
            try await store.releaseSourceLeases()
            let past = Date(timeIntervalSinceNow: -1)
            for source in try await store.sourceHealth() {
                try await store.reschedule(sourceID: source.sourceID, nextDue: past)
            }
        } catch {
            // PSQLError's own description hides the server's message; a failing test needs it.
            throw Failure(description: "cannot make every source due: \(String(reflecting: error))")
        }
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static let quiet = Logger(label: "daemon-state") { _ in SwiftLogNoOpLogHandler() }
}
