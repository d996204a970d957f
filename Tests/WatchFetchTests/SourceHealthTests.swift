import Foundation
import Testing
import WatchCore
import WatchFetch
import WatchTesting

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

/// Fetch outcomes folded into the health record.
@Suite struct SourceHealthOutcomeTests {
    let now = Date(timeIntervalSince1970: 1_800_000_000)
    let interval: Duration = .seconds(600)

    @Test func fetchedAndNotModifiedAreSuccesses() {
        let failing = SourceHealth(consecutiveFailures: 3)
        let response = HTTPResponse(status: 200, finalURL: "http://x/")
        #expect(failing.recording(.fetched(response), at: now, interval: interval).consecutiveFailures == 0)
        #expect(failing.recording(.notModified, at: now, interval: interval).lastSuccessAt == now)
    }

    @Test func failureWithRetryAfterWaitsAtLeastThatLong() {
        let error = FetchError(kind: .http, url: "http://x/", message: "HTTP 503", status: 503)
        let health = SourceHealth().recording(.failed(error, retryAfter: .seconds(3600)), at: now, interval: interval)
        #expect(health.consecutiveFailures == 1)
        #expect(health.lastErrorKind == .http)
        #expect(health.nextAttemptAt == now.addingTimeInterval(3600))
    }

    @Test func cancellationIsNotAFailure() {
        let error = FetchError(kind: .cancelled, url: "http://x/", message: "cancelled")
        let health = SourceHealth(consecutiveFailures: 1)
        #expect(health.recording(.failed(error), at: now, interval: interval) == health)
    }
}
