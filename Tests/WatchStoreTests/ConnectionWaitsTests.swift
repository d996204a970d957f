import Testing

@testable import WatchPostgres

/// The store's bound on a wait for a pooled connection, on its own: a wait ends with
/// `PostgresUnreachable` once it has lasted the limit, and not before.
@Suite struct ConnectionWaitsTests {
    @Test func aWaitFailsOnceItHasLastedTheLimitAndNotBefore() async throws {
        let waits = ConnectionWaits(limit: .seconds(15))
        let handoff = ConnectionHandoff()
        let started = ContinuousClock.now
        _ = waits.begin(handoff)
        waits.expireOverdue(now: started + .seconds(14))
        #expect(waits.count == 1, "failed before its limit")
        let asker = Task { try await handoff.connection() }
        waits.expireOverdue(now: started + .seconds(16))
        await #expect(throws: PostgresUnreachable(wait: .seconds(15))) { try await asker.value }
        #expect(waits.count == 0)
    }

    @Test func anEndedWaitIsNotFailedLater() async throws {
        let waits = ConnectionWaits(limit: .seconds(15))
        let handoff = ConnectionHandoff()
        let started = ContinuousClock.now
        waits.end(waits.begin(handoff))
        #expect(waits.count == 0)
        waits.expireOverdue(now: started + .seconds(60))
        // Still waiting: a failure now is its own, not the expired limit's.
        handoff.fail(CancellationError())
        await #expect(throws: CancellationError.self) { try await handoff.connection() }
    }
}
