import WatchCore

/// What one polite fetch of a page came to. Never thrown: a failure is data.
public enum FetchOutcome: Sendable {
    /// A 2xx answer (after redirects); the body is ready to parse.
    case fetched(HTTPResponse)
    /// The server answered 304 to our validators: nothing changed, nothing to parse.
    case notModified
    /// No usable answer after the retries one poll allows. `retryAfter` is the server's
    /// Retry-After when it asked for a wait too long to sit out inside a poll: record it on the
    /// source's health (`notBefore`).
    case failed(FetchError, retryAfter: Duration? = nil)

    /// The response, for `.fetched`.
    public var response: HTTPResponse? {
        if case .fetched(let response) = self { return response }
        return nil
    }

    /// The error, for `.failed`.
    public var error: FetchError? {
        if case .failed(let error, _) = self { return error }
        return nil
    }
}
