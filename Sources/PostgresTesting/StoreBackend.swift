/// The stores a daemon's state can live in, for tests that run the same behaviour on each: the
/// SQLite file in the state folder, and a PostgreSQL database of the test's own
/// (`PostgresTestDatabase`).
public enum StoreBackend: String, CaseIterable, CustomStringConvertible, Sendable {
    case sqlite
    case postgres

    /// PostgreSQL only when a server is configured, or under CI=true, where its cases then fail;
    /// otherwise the store suites' `PostgresAvailabilityTests` reports the skip once.
    public static var allCases: [StoreBackend] { PostgresTestDatabase.shouldRun ? [.sqlite, .postgres] : [.sqlite] }

    public var description: String { rawValue }
}
