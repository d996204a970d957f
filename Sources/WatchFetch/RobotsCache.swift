import Foundation
import WatchCore

/// robots.txt per host (scheme, host and port): fetched once, kept for `ttl` (24 h), shared
/// by every source on the host. Concurrent askers for one host wait for a single fetch.
///
/// A 2xx body is parsed; a 4xx (404 included) allows everything (RFC 9309 "unavailable"); a
/// 5xx or a transport failure defers the host ("unreachable"), remembered only for
/// `unreachableTTL` so the next poll asks again.
public actor RobotsCache {
    /// How robots.txt is fetched: one GET, no retries (the fetcher routes it through politeness).
    public typealias Loader = @Sendable (_ robotsURL: String) async -> Result<HTTPResponse, FetchError>

    enum Entry: Sendable {
        case rules(RobotsRules)
        case allowAll
        case unreachable(FetchError)
    }

    private struct Cached {
        var entry: Entry
        var expires: Date
        /// The rules' policy for each user agent asked about, worked out once per robots.txt:
        /// choosing the groups was a cost of every fetch (60 000 fetches a 10 000-source cycle).
        var policies: [String: RobotsRules.Policy] = [:]
    }

    private let clock: any WallClock
    private let ttl: Duration
    private let unreachableTTL: Duration
    private var cached: [String: Cached] = [:]
    /// The askers waiting for a robots.txt being fetched, by origin: an origin is here from the
    /// start of its fetch to its end.
    private var loading: [String: [Int: CheckedContinuation<Entry?, Never>]] = [:]
    private var nextWaiterID = 0

    public init(
        clock: any WallClock, ttl: Duration = .seconds(24 * 3600),
        unreachableTTL: Duration = .seconds(300)
    ) {
        self.clock = clock
        self.ttl = ttl
        self.unreachableTTL = unreachableTTL
    }

    /// The verdict for `url` and `userAgent`, fetching the host's robots.txt through `load`
    /// when it is not cached (or the cached copy expired).
    public func verdict(for url: String, userAgent: String, load: @escaping Loader) async -> RobotsVerdict {
        guard let target = FetchTarget(url) else { return .allowed(crawlDelay: nil) }
        return await verdict(for: target, userAgent: userAgent, load: load)
    }

    /// The verdict for a URL the fetcher has taken apart already.
    func verdict(for target: FetchTarget, userAgent: String, load: @escaping Loader) async -> RobotsVerdict {
        guard let (entry, isCached) = await entry(for: target.origin, load: load) else {
            return .deferred(
                FetchError(
                    kind: .cancelled, url: target.origin + "/robots.txt",
                    message: "cancelled while robots.txt was being fetched"))
        }
        switch entry {
        case .allowAll:
            return .allowed(crawlDelay: nil)
        case .unreachable(let error):
            return .deferred(error)
        case .rules(let rules):
            let policy = policy(of: rules, origin: target.origin, userAgent: userAgent, memo: isCached)
            return policy.allows(path: target.pathAndQuery) ? .allowed(crawlDelay: policy.crawlDelay) : .disallowed
        }
    }

    /// `memo`: the rules are those `cached[origin]` holds, so its memo is theirs. An asker that
    /// waited for a fetch passes false: by the time it runs, a later fetch may have replaced the
    /// cached file, so the memo starts with the first cache hit.
    private func policy(of rules: RobotsRules, origin: String, userAgent: String, memo: Bool) -> RobotsRules.Policy {
        guard memo else { return rules.policy(for: userAgent) }
        if let known = cached[origin]?.policies[userAgent] { return known }
        let policy = rules.policy(for: userAgent)
        cached[origin]?.policies[userAgent] = policy
        return policy
    }

    /// The entry for `origin`, and whether it is the one cached now (not one a waiter got from a
    /// fetch whose result has since been replaced); nil when the asking task was cancelled first.
    private func entry(for origin: String, load: @escaping Loader) async -> (Entry, isCached: Bool)? {
        if let hit = cached[origin], hit.expires > clock.now { return (hit.entry, true) }
        if loading[origin] == nil {
            loading[origin] = [:]
            // Unstructured on purpose: one asker's cancellation must not become a cached
            // "unreachable" verdict for every other source on the host.
            Task { loaded(await Self.fetch(origin + "/robots.txt", load: load), origin: origin) }
        }
        return await waitForLoad(of: origin).map { ($0, false) }
    }

    /// Suspends until the fetch of `origin`'s robots.txt ends, or returns nil as soon as the
    /// asking task is cancelled: a poll stopped by SIGTERM must not wait for a hanging host's
    /// robots.txt to time out (the fetch goes on for the other askers).
    private func waitForLoad(of origin: String) async -> Entry? {
        let id = nextWaiterID
        nextWaiterID += 1
        return await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                if Task.isCancelled {
                    continuation.resume(returning: nil)
                } else if loading[origin] == nil {
                    continuation.resume(returning: cached[origin]?.entry) // it ended meanwhile
                } else {
                    loading[origin]?[id] = continuation
                }
            }
        } onCancel: {
            Task { await self.abandon(id, origin: origin) }
        }
    }

    /// The askers waiting for `origin`'s robots.txt (tests cancel one while it waits).
    func waitingAskers(of origin: String) -> Int { loading[origin]?.count ?? 0 }

    private func abandon(_ id: Int, origin: String) {
        loading[origin]?.removeValue(forKey: id)?.resume(returning: nil)
    }

    /// Caches a fetched robots.txt, then hands it to every asker still waiting.
    private func loaded(_ entry: Entry, origin: String) {
        let lifetime: Duration = if case .unreachable = entry { unreachableTTL } else { ttl }
        cached[origin] = Cached(
            entry: entry, expires: clock.now.addingTimeInterval(Double(lifetime.components.seconds)))
        for waiter in (loading.removeValue(forKey: origin) ?? [:]).values { waiter.resume(returning: entry) }
    }

    private static func fetch(_ robotsURL: String, load: Loader) async -> Entry {
        switch await load(robotsURL) {
        case .failure(let error):
            return .unreachable(
                FetchError(
                    kind: .robots, url: robotsURL,
                    message: "robots.txt unreachable (\(error.kind.rawValue): \(error.message)); host deferred"))
        case .success(let response) where (200...299).contains(response.status):
            return .rules(RobotsRules(parsing: String(decoding: response.body, as: UTF8.self)))
        case .success(let response) where (400...499).contains(response.status):
            return .allowAll
        case .success(let response):
            return .unreachable(
                FetchError(
                    kind: .robots, url: robotsURL,
                    message: "robots.txt answered HTTP \(response.status); host deferred",
                    status: response.status))
        }
    }
}
