import PostgresTesting
import Testing
import WatchCore
import WatchPostgres

/// Says once, as a skip, that the store suites ran without their PostgreSQL cases; under
/// CI=true with no server it fails instead (`PostgresRequired`).
@Suite struct PostgresAvailabilityTests {
    /// pg_trgm became a trusted extension (a database owner may create it) in this version.
    static let oldestServerVersion = 130_000

    @Test(.enabled(if: PostgresTestDatabase.shouldRun, PostgresTestDatabase.skipMessage))
    func theStoreSuitesRunOnAPostgreSQLServerTheyCanUse() async throws {
        let fixture = try await StoreFixture(.postgres)
        defer { fixture.remove() }
        let database = try #require(fixture.database)
        var version = 0
        for try await (number, ) in try await database.client.query("SELECT current_setting('server_version_num')::int")
            .decode((Int,).self)
        {
            version = number
        }
        #expect(version >= Self.oldestServerVersion)
    }
}
