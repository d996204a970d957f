/// Lets at most `limit` test databases exist at once: Swift Testing runs every case in parallel,
/// and a shared server's `max_connections` (100 by default) must hold each one's pool and the
/// admin connection that creates and drops it.
public actor PostgresTestGate {
    /// 8 databases × (2 pooled + 1 admin connection) stays far below 100 and keeps two cores busy.
    public static let databasesAtOnce = 8
    public static let shared = PostgresTestGate(limit: databasesAtOnce)

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
