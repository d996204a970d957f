/// Lets at most `limit` test databases exist at once: Swift Testing runs every case in parallel,
/// and a shared server's `max_connections` (100 by default) must hold each one's pool and the
/// admin connection that creates and drops it.
public actor PostgresTestGate {
    /// 8 databases × (2 pooled + 1 admin connection) stays far below 100 and keeps two cores busy.
    public static let databasesAtOnce = 8
    public static let shared = PostgresTestGate(limit: databasesAtOnce)
    /// Databases of tests that run `bureauwatch` itself: each process opens a pool of its own
    /// (a dozen connections at most), and such a test holds its database for up to a minute or
    /// two, so they wait in a line of their own rather than starve the store suites' (whose
    /// cases have time limits). 6 × about 15 connections, with `shared`'s, stays well under
    /// the test cluster's 300.
    public static let daemons = PostgresTestGate(limit: daemonDatabasesAtOnce)
    public static let daemonDatabasesAtOnce = 6

    private let limit: Int
    private var inUse = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    public init(limit: Int) { self.limit = limit }

    /// Waits for a free slot and takes it.
    public func enter() async {
        guard inUse >= limit else {
            inUse += 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    /// Gives the slot to the next waiter, or frees it.
    public func leave() {
        if waiting.isEmpty {
            inUse -= 1
        } else {
            waiting.removeFirst().resume()
        }
    }
}
