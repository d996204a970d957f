import Foundation
import PostgresTesting
import WatchCore
import WatchPostgres
import WatchStore
import WatchTesting

/// The store a pipeline test runs on: the in-memory one, the SQLite file, or a PostgreSQL
/// database of the test's own, removed by `remove()` (issue 19: the same end-to-end behaviour
/// on PostgreSQL as on SQLite).
struct PipelineStore {
    enum Kind: String, CaseIterable, CustomStringConvertible, Sendable {
        case memory
        case sqlite
        case postgres

        /// PostgreSQL only when a server is configured or under CI=true (`StoreBackend`).
        static var allCases: [Kind] { [.memory] + durable }

        /// The stores that keep the state in a database: SQLite, and PostgreSQL as above.
        static var durable: [Kind] { StoreBackend.allCases.compactMap { Kind(rawValue: $0.rawValue) } }

        var description: String { rawValue }
    }

    let store: any Store
    private let database: PostgresTestDatabase?

    /// Opens a fresh store of `kind`; the SQLite file goes in `folder`.
    init(_ kind: Kind, folder: URL, clock: any WallClock = SystemClock()) async throws {
        switch kind {
        case .memory:
            (store, database) = (InMemoryStore(clock: clock), nil)
        case .sqlite:
            let path = folder.appendingPathComponent("state.sqlite").path
            store = try SQLiteStore(path: path, clock: clock, logger: quietLogger)
            database = nil
        case .postgres:
            let database = try await PostgresTestDatabase.make()
            do {
                store = try await PostgresStore.open(client: database.client, clock: clock, logger: quietLogger)
            } catch {
                database.remove()
                throw error
            }
            self.database = database
        }
    }

    /// Drops the PostgreSQL database (the SQLite file goes with the test's scratch folder).
    func remove() { database?.remove() }
}
