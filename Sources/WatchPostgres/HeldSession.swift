/// The connection a task holds the ingest lock on (`PostgresStore.exclusiveIngest`): the store's
/// calls made inside run on it rather than borrowing another, so one ingest needs one connection
/// and cannot wait on a pool that its own lock holder has emptied.
struct HeldSession: Sendable {
    /// The store that took the lock: another store in the same task borrows as usual.
    let store: ObjectIdentifier
    let session: PostgresSession

    @TaskLocal static var current: HeldSession?
}
