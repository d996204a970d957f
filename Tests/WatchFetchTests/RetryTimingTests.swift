import Foundation
import Testing
import WatchCore
import WatchFetch

/// Retry-After parsing and the in-poll backoff, as pure functions.
@Suite struct RetryTimingTests {
    let now = Date(timeIntervalSince1970: 1_445_412_480) // Wed, 21 Oct 2015 07:28:00 GMT

    @Test func retryAfterInSeconds() {
        #expect(RetryAfter.parse("120", now: now) == .seconds(120))
        #expect(RetryAfter.parse(" 0 ", now: now) == .zero)
    }

    @Test func retryAfterAsHTTPDates() {
        #expect(RetryAfter.parse("Wed, 21 Oct 2015 07:28:30 GMT", now: now) == .seconds(30))
        #expect(RetryAfter.parse("Wednesday, 21-Oct-15 07:29:00 GMT", now: now) == .seconds(60))
        #expect(RetryAfter.parse("Wed Oct 21 07:28:10 2015", now: now) == .seconds(10))
        #expect(RetryAfter.parse("Wed, 21 Oct 2015 07:00:00 GMT", now: now) == .zero) // in the past
    }

    @Test func retryAfterGarbageIsNil() {
        for value in ["", "-5", "1.5", "soon", "Wed, 99 Oct 2015 07:28:30 GMT", "99999999999999999999999"] {
            #expect(RetryAfter.parse(value, now: now) == nil, "\(value)")
        }
    }

    @Test func backoffDoublesWithinItsJitterBand() {
        let policy = RetryPolicy(baseDelay: .seconds(1), maxDelay: .seconds(30))
        #expect(policy.backoff(retry: 0, jitter: 0) == .milliseconds(500))
        #expect(policy.backoff(retry: 0, jitter: 1) == .seconds(1))
        #expect(policy.backoff(retry: 1, jitter: 1) == .seconds(2))
        #expect(policy.backoff(retry: 2, jitter: 0.5) == .seconds(3))
        #expect(policy.backoff(retry: 10, jitter: 1) == .seconds(30)) // capped
    }

    @Test func onlyTransientFailuresAreRetried() {
        #expect(RetryPolicy.isRetryable(.connect))
        #expect(RetryPolicy.isRetryable(.timeout))
        #expect(!RetryPolicy.isRetryable(.tooLarge))
        #expect(!RetryPolicy.isRetryable(.redirect))
        #expect(RetryPolicy.isRetryable(status: 429))
        #expect(RetryPolicy.isRetryable(status: 503))
        #expect(!RetryPolicy.isRetryable(status: 404))
        #expect(!RetryPolicy.isRetryable(status: 304))
    }
}
