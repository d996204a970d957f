/// Keeps near-duplicate decisions right when several daemons write one store (PostgreSQL).
/// Each daemon decides against an in-memory index of every stored text; so that a copy stored by
/// another daemon a moment ago is found, the pipeline decides and records inside
/// `exclusiveIngest`, after reading the texts stored since its index was last brought up to date
/// (`texts(after:limit:)`). The decision and the insert are then one step across daemons, as
/// they are within one.
///
/// A store with a single writer keeps the defaults: SQLite admits one daemon per state file (its
/// instance lock) and the in-memory twin lives in one process, so there is nobody to wait for and
/// nothing to catch up on.
public protocol IngestCoordination: Sendable {
    /// Runs `body` while no other process on this store runs its own `exclusiveIngest`. A holder
    /// that dies (even killed) releases it.
    func exclusiveIngest<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> T

    /// Where the log of stored texts ends now, or `nil` for a store that keeps no such log (one
    /// writer). Read before loading the index, so a text stored during the load is read again,
    /// never missed.
    func textLogPosition() async throws -> Int64?

    /// At most `limit` texts stored after `position`, in the order they were stored, and the
    /// position to ask from next time.
    func texts(after position: Int64, limit: Int) async throws -> (texts: [StoredFingerprint], position: Int64)
}

extension IngestCoordination {
    public func exclusiveIngest<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> T {
        try await body()
    }

    public func textLogPosition() async throws -> Int64? { nil }

    public func texts(after position: Int64, limit: Int) async throws -> (texts: [StoredFingerprint], position: Int64) {
        ([], position)
    }
}
