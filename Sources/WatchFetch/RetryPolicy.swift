import WatchCore

/// Retries inside one poll: which failures deserve another try, and how long to wait first.
public struct RetryPolicy: Sendable, Hashable {
    /// Tries after the first one.
    public var maxRetries: Int
    /// The wait before the first retry; each further retry doubles it.
    public var baseDelay: Duration
    /// No backoff wait is longer than this (Retry-After may ask for more).
    public var maxDelay: Duration
    /// A Retry-After longer than this is not sat out inside a poll: the fetch fails and hands
    /// the wait to the source's health record instead.
    public var maxRetryAfter: Duration

    public init(
        maxRetries: Int = 3, baseDelay: Duration = .seconds(1), maxDelay: Duration = .seconds(30),
        maxRetryAfter: Duration = .seconds(120)
    ) {
        self.maxRetries = maxRetries
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.maxRetryAfter = maxRetryAfter
    }

    /// The wait before retry number `retry` (0 for the first), with "equal jitter": half the
    /// exponential delay is fixed, the other half scaled by `jitter` in [0, 1], so clients that
    /// failed together do not come back together.
    public func backoff(retry: Int, jitter: Double) -> Duration {
        let exponential = baseDelay * (1 << min(max(retry, 0), 20))
        let capped = min(exponential, maxDelay)
        return capped / 2 + (capped / 2) * min(max(jitter, 0), 1)
    }

    /// Whether a transport failure of this kind is worth another try in the same poll:
    /// the connection could not be made or the transfer took too long.
    public static func isRetryable(_ kind: FetchError.Kind) -> Bool {
        kind == .connect || kind == .timeout
    }

    /// Whether an HTTP status is worth another try: rate limiting and server errors.
    public static func isRetryable(status: Int) -> Bool {
        status == 429 || (500...599).contains(status)
    }
}
