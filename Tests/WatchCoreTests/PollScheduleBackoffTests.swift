import Foundation
import Testing
import WatchCore

/// Backoff capped by `max_backoff`, and stored due times checked against the horizon.
@Suite struct PollScheduleBackoffTests {
    let schedule = PollSchedule()
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    @Test func backoffDoublesTheIntervalUpToMaxBackoff() {
        let waits = (1...6).map {
            schedule.failureDelay(consecutiveFailures: $0, interval: .seconds(600), cap: .seconds(3600)).seconds
        }
        #expect(waits == [600, 1200, 2400, 3600, 3600, 3600])
    }

    @Test func aSourcePolledLessOftenThanTheCapKeepsItsInterval() {
        #expect(
            schedule.failureDelay(consecutiveFailures: 5, interval: .seconds(86_400), cap: .seconds(3600))
                == .seconds(86_400))
    }

    @Test func aPlausibleStoredDueTimeIsKeptAndAFarOneReplanned() {
        let horizon = schedule.horizon(interval: .seconds(1800), jitter: 0.1, maxBackoff: .zero)
        #expect(abs(horizon - (1980 + PollSchedule.replanSlack)) < 0.001)
        let kept = schedule.wait(untilStored: now.addingTimeInterval(1900), now: now, horizon: horizon)
        #expect(kept.wait == .seconds(1900) && !kept.replanned)
        let overdue = schedule.wait(untilStored: now.addingTimeInterval(-5), now: now, horizon: horizon)
        #expect(overdue.wait == .zero && !overdue.replanned)
        // After the wall clock stepped back an hour: the old due time is an hour and a half ahead.
        let stale = schedule.wait(untilStored: now.addingTimeInterval(5400), now: now, horizon: horizon)
        #expect(stale.wait == .zero && stale.replanned)
        // A failing source may legitimately be due up to its backoff cap ahead.
        let failing = schedule.horizon(interval: .seconds(1800), jitter: 0.1, maxBackoff: .seconds(3600))
        #expect(!schedule.wait(untilStored: now.addingTimeInterval(3600), now: now, horizon: failing).replanned)
    }
}
