import PostgresNIO
import Synchronization

/// A connection leased by one task and lent to the task that asked for it, until that task gives
/// it back (`PostgresStore.withPooledConnection(_:)`). postgres-nio's pool keeps a lease request
/// waiting for as long as it cannot connect (a server down, a database dropped), and the wait
/// can only end by cancelling the task that waits: the lease is taken in a child task, so the
/// asker can stop waiting (`fail`) and cancel that child without being cancelled itself.
final class ConnectionHandoff: Sendable {
    private enum State {
        case waiting(CheckedContinuation<PostgresConnection, any Error>?)
        case lent(PostgresConnection)
        case failed(any Error)
    }

    private let state = Mutex(State.waiting(nil))
    private let returned = Mutex<(done: Bool, waiter: CheckedContinuation<Void, Never>?)>((false, nil))

    /// The leasing task's side: lends `connection` and waits until it is given back. Returns at
    /// once when the asker stopped waiting first.
    func lend(_ connection: PostgresConnection) async {
        let asker = state.withLock { state -> CheckedContinuation<PostgresConnection, any Error>?? in
            guard case .waiting(let asker) = state else { return nil }
            state = .lent(connection)
            return .some(asker)
        }
        guard let asker else { return }
        asker?.resume(returning: connection)
        await withCheckedContinuation { continuation in
            let done = returned.withLock { returned in
                if !returned.done { returned.waiter = continuation }
                return returned.done
            }
            if done { continuation.resume() }
        }
    }

    /// Ends the asker's wait with `error` (no connection in time, or the lease failed); nothing
    /// once the connection is lent.
    func fail(_ error: any Error) {
        let asker = state.withLock { state -> CheckedContinuation<PostgresConnection, any Error>? in
            guard case .waiting(let asker) = state else { return nil }
            state = .failed(error)
            return asker
        }
        asker?.resume(throwing: error)
    }

    /// The asker's side: the connection once lent, or the error that ended the wait.
    func connection() async throws -> PostgresConnection {
        try await withCheckedThrowingContinuation { continuation in
            let outcome = state.withLock { state -> Result<PostgresConnection, any Error>? in
                switch state {
                case .waiting:
                    state = .waiting(continuation)
                    return nil
                case .lent(let connection):
                    return .success(connection)
                case .failed(let error):
                    return .failure(error)
                }
            }
            if let outcome { continuation.resume(with: outcome) }
        }
    }

    /// The asker is done with the connection: the leasing task may release it.
    func giveBack() {
        let waiter = returned.withLock { returned -> CheckedContinuation<Void, Never>? in
            returned.done = true
            defer { returned.waiter = nil }
            return returned.waiter
        }
        waiter?.resume()
    }
}
