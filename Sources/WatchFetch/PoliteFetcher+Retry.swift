import WatchCore

extension PoliteFetcher {
    /// What one attempt came to: a final outcome, or a failure worth another try.
    enum Attempt {
        case done(FetchOutcome)
        case retry(FetchError, retryAfter: Duration?)
    }

    /// Sends `request`, retrying connect errors, timeouts, 429 and 5xx up to
    /// `retry.maxRetries` times; each wait is the jittered backoff or the server's Retry-After,
    /// whichever is longer. Each attempt takes its own politeness slot.
    func sendWithRetries(
        _ request: HTTPRequest, host: String, source: SourceConfig,
        crawlDelay: Duration?
    ) async -> FetchOutcome {
        var retries = 0
        while true {
            let result: Result<HTTPResponse, FetchError>
            do {
                result = try await sendPolitely(request, host: host, source: source, crawlDelay: crawlDelay)
            } catch {
                return .failed(
                    FetchError(kind: .cancelled, url: request.url, message: "cancelled while waiting for the host"))
            }
            switch judge(result, url: request.url) {
            case .done(let outcome):
                return outcome
            case .retry(let error, let retryAfter):
                if retries >= retry.maxRetries { return .failed(error, retryAfter: retryAfter) }
                if let retryAfter, retryAfter > retry.maxRetryAfter { return .failed(error, retryAfter: retryAfter) }
                let wait = max(retry.backoff(retry: retries, jitter: Double.random(in: 0...1)), retryAfter ?? .zero)
                logger.info("retrying", metadata: ["url": "\(request.url)", "error": "\(error)", "wait": "\(wait)"])
                do {
                    try await Task.sleep(for: wait)
                } catch {
                    return .failed(FetchError(kind: .cancelled, url: request.url, message: "cancelled during backoff"))
                }
            }
            retries += 1
        }
    }

    /// One request inside a politeness slot for `host`.
    func sendPolitely(
        _ request: HTTPRequest, host: String, source: SourceConfig,
        crawlDelay: Duration?
    ) async throws -> Result<HTTPResponse, FetchError> {
        let delay = max(source.perHost.delay, crawlDelay ?? .zero)
        try await gate.acquire(host: host, concurrency: source.perHost.concurrency, delay: delay)
        let result = await transport.send(request)
        let timedOut = if case .failure(let error) = result { error.kind == .timeout } else { false }
        await gate.release(host: host, timedOut: timedOut)
        return result
    }

    /// Sorts an attempt's result into a final outcome or a retryable failure.
    func judge(_ result: Result<HTTPResponse, FetchError>, url: String) -> Attempt {
        switch result {
        case .failure(let error):
            return RetryPolicy.isRetryable(error.kind) ? .retry(error, retryAfter: nil) : .done(.failed(error))
        case .success(let response) where (200...299).contains(response.status):
            return .done(.fetched(response))
        case .success(let response) where response.status == 304:
            return .done(.notModified)
        case .success(let response):
            // The error's description names `url` already; a redirect's target only when it differs.
            let via = response.finalURL == url ? "" : " from \(response.finalURL)"
            let error = FetchError(
                kind: .http, url: url, message: "HTTP \(response.status)\(via)",
                status: response.status)
            guard RetryPolicy.isRetryable(status: response.status) else { return .done(.failed(error)) }
            let retryAfter = response.header("Retry-After").flatMap { RetryAfter.parse($0, now: clock.now) }
            return .retry(error, retryAfter: retryAfter)
        }
    }
}
