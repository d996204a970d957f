import WatchCore

/// What robots.txt means for one URL.
public enum RobotsVerdict: Sendable, Hashable {
    /// Go ahead, and keep at least `crawlDelay` between requests to the host when it is set.
    case allowed(crawlDelay: Duration?)
    /// robots.txt forbids the URL for our user-agent.
    case disallowed
    /// robots.txt could not be read (a 5xx or no connection): RFC 9309 says to assume
    /// everything is disallowed, so the host is left alone until the answer is retried.
    case deferred(FetchError)
}
