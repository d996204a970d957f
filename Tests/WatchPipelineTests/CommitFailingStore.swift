import Foundation
import WatchCore
import WatchTesting

/// A store whose page commits fail after the page's watch file was written (as a full disk fails
/// SQLite's COMMIT): `record` runs the wrapped store's transaction with the page's announcement,
/// then throws from inside it, so the transaction rolls back. Everything else is forwarded
/// (`ForwardingStore`).
actor CommitFailingStore: ForwardingStore {
    struct CommitFailed: Error {}

    let inner: any Store

    init(_ inner: any Store) {
        self.inner = inner
    }

    func record(_ observation: PageObservation) async throws -> RecordOutcome {
        var failing = observation
        failing.announce = { outcome in
            _ = try observation.announce(outcome)
            throw CommitFailed()
        }
        return try await inner.record(failing)
    }
}
