import PostgresTesting
import Testing
import WatchCore
import WatchPostgres

/// Daemon "a" (a PostgreSQL `StoreFixture`'s store) and daemon "b" on the same database: two
/// stores, two daemon ids, for the suites of what daemons sharing one store do to each other.
/// `fixture.remove()` drops the database.
struct TwoDaemons {
    let fixture: StoreFixture
    let a: PostgresStore
    let b: PostgresStore

    init(clock: any WallClock = FixedClock()) async throws {
        fixture = try await StoreFixture(.postgres, clock: clock)
        let database = try #require(fixture.database)
        a = try #require(fixture.store as? PostgresStore)
        b = PostgresStore(client: database.client, clock: clock, daemonID: "daemon-b", logger: quietLogger)
    }
}
