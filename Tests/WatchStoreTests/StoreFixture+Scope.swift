import WatchCore

extension StoreFixture {
    /// Runs `body` on a fresh store of `kind`, then removes the store, however `body` ends.
    static func withStore<Result>(
        _ kind: StoreKind, clock: any WallClock = FixedClock(), _ body: (any Store) async throws -> Result
    ) async throws -> Result {
        let fixture = try await StoreFixture(kind, clock: clock)
        defer { fixture.remove() }
        return try await body(fixture.store)
    }
}
