import Logging
import WatchCore

/// Fetches pages the way a guest should: robots.txt first, per-host and global politeness,
/// a conditional GET from the stored validators, retries with backoff inside the poll. Every
/// failure comes back as `.failed`, never as a throw.
public struct PoliteFetcher: Sendable {
    /// robots.txt is read up to this size and the rest ignored (RFC 9309 asks crawlers to parse
    /// at least 500 KiB; a longer file must not defer its host forever).
    static let maxRobotsBytes = 500 * 1024
    /// The connect phase never gets longer than this, whatever the source's total timeout.
    static let maxConnectTimeout: Duration = .seconds(10)

    let transport: any Transport
    let validatorStore: any ValidatorStore
    let gate: HostGate
    let robots: RobotsCache
    let retry: RetryPolicy
    let clock: any WallClock
    let maxBodyBytes: Int
    let logger: Logger

    /// - Parameters:
    ///   - clock: decides when cached robots.txt files expire and what a Retry-After date means.
    ///   - globalConcurrency: requests in flight at once, over all hosts.
    public init(
        transport: any Transport, validators: any ValidatorStore, clock: any WallClock = SystemClock(),
        retry: RetryPolicy = RetryPolicy(), globalConcurrency: Int = 8,
        maxBodyBytes: Int = HTTPRequest.defaultMaxBodyBytes, logger: Logger
    ) {
        self.transport = transport
        self.validatorStore = validators
        self.gate = HostGate(globalLimit: globalConcurrency)
        self.robots = RobotsCache(clock: clock)
        self.retry = retry
        self.clock = clock
        self.maxBodyBytes = maxBodyBytes
        self.logger = logger
    }

    /// Fetches `url` for `source`: `.fetched` for a 2xx, `.notModified` for a 304 to our
    /// validators, `.failed` otherwise (robots.txt refusal or deferral, transport error, or a
    /// non-2xx status once retries are spent). Validators are saved from 200 answers only.
    ///   - staysOnSite: refuse, unfollowed, a redirect off the URL's site (an article that
    ///     redirects elsewhere must not be published under the bureau's address).
    public func fetch(
        url: String, source: SourceConfig, validatorUse: ValidatorUse = .automatic,
        staysOnSite: Bool = false
    ) async -> FetchOutcome {
        guard let target = FetchTarget(url) else {
            return .failed(FetchError(kind: .other, url: url, message: "not an http(s) URL with a host"))
        }
        var crawlDelay: Duration?
        if source.robots {
            switch await robotsVerdict(target: target, source: source) {
            case .disallowed:
                return .failed(.robotsDisallowed(url: url, userAgent: source.userAgent))
            case .deferred(let error):
                return .failed(error)
            case .allowed(let delay):
                crawlDelay = delay
            }
        }
        let validators: Validators? =
            switch validatorUse {
            case .none: nil
            case .given(let given): given
            case .automatic, .sendOnly: await storedValidators(for: url)
            }
        var request = pageRequest(url: url, source: source, validators: validators)
        request.staysOnSite = staysOnSite
        let outcome = await sendWithRetries(request, host: target.hostKey, source: source, crawlDelay: crawlDelay)
        if validatorUse == .automatic, case .fetched(let response) = outcome, response.status == 200 {
            await saveValidators(of: response, for: url)
        }
        return outcome
    }

    private func robotsVerdict(target: FetchTarget, source: SourceConfig) async -> RobotsVerdict {
        await robots.verdict(for: target, userAgent: source.userAgent) { robotsURL in
            var request = pageRequest(url: robotsURL, source: source, validators: nil)
            request.maxBodyBytes = Self.maxRobotsBytes
            request.truncatesBody = true
            request.cookieJar = nil // robots.txt is shared by every source on the host, not one poll's
            do {
                return try await sendPolitely(request, host: target.hostKey, source: source, crawlDelay: nil)
            } catch {
                return .failure(FetchError(kind: .cancelled, url: robotsURL, message: "cancelled"))
            }
        }
    }

    func pageRequest(url: String, source: SourceConfig, validators: Validators?) -> HTTPRequest {
        var headers: [HTTPHeader] = []
        if let etag = validators?.etag { headers.append(HTTPHeader("If-None-Match", etag)) }
        if let lastModified = validators?.lastModified { headers.append(HTTPHeader("If-Modified-Since", lastModified)) }
        var request = HTTPRequest(
            url: url, headers: headers, userAgent: source.userAgent, timeout: source.timeout,
            connectTimeout: min(source.timeout, Self.maxConnectTimeout),
            maxBodyBytes: maxBodyBytes, proxy: source.proxy)
        request.keepsCookies = true
        request.cookieJar = CookieJar.current // the running poll's, when there is one
        return request
    }
}
