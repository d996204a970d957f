import Foundation
import Testing
import WatchCore

/// Backoff across polls: failures push the next attempt out, success resets it.
@Suite struct SourceHealthTests {
    let interval: Duration = .seconds(600)
    let failure = FetchError(kind: .timeout, url: "http://x/", message: "timed out")

    @Test func consecutiveFailuresDoubleTheWaitUpToSixHours() {
        let clock = ManualClock()
        var health = SourceHealth()
        var waits: [TimeInterval] = []
        for _ in 0..<8 {
            health = health.recordingFailure(failure, at: clock.now, interval: interval)
            waits.append(health.nextAttemptAt!.timeIntervalSince(clock.now))
            clock.advance(by: waits.last!)
        }
        #expect(waits == [600, 1200, 2400, 4800, 9600, 19200, 21600, 21600])
        #expect(health.consecutiveFailures == 8)
        #expect(health.lastErrorKind == .timeout)
        #expect(health.lastErrorMessage == "timed out")
        #expect(health.lastErrorAt == clock.now.addingTimeInterval(-21600))
    }

    @Test func successResetsTheCount() {
        let clock = ManualClock()
        let failing = SourceHealth().recordingFailure(failure, at: clock.now, interval: interval)
            .recordingFailure(failure, at: clock.now, interval: interval)
        clock.advance(by: 1200)
        let healthy = failing.recordingSuccess(at: clock.now, interval: interval)
        #expect(healthy.consecutiveFailures == 0)
        #expect(!healthy.isFailing)
        #expect(healthy.lastSuccessAt == clock.now)
        #expect(healthy.nextAttemptAt == clock.now.addingTimeInterval(600))
        #expect(healthy.lastErrorKind == .timeout) // the history stays readable
        let again = healthy.recordingFailure(failure, at: clock.now, interval: interval)
        #expect(again.nextAttemptAt == clock.now.addingTimeInterval(600))
    }

    @Test func retryAfterIsTheEarliestNextAttempt() {
        let clock = ManualClock()
        let later = clock.now.addingTimeInterval(7200)
        let health = SourceHealth().recordingFailure(failure, at: clock.now, interval: interval, notBefore: later)
        #expect(health.nextAttemptAt == later)
        #expect(!health.isDue(at: clock.now.addingTimeInterval(7199)))
        #expect(health.isDue(at: later))
    }

    @Test func slowSourcesKeepTheirInterval() {
        #expect(SourceHealth.failureDelay(consecutiveFailures: 5, interval: .seconds(86_400)) == .seconds(86_400))
        #expect(SourceHealth().isDue(at: Date()))
    }
}
