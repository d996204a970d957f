import Foundation
import WatchCore

/// A store that hands every call to `inner`, the one that keeps the state: a test's store
/// implements only the calls it breaks or watches, and the rest reach `inner` unchanged
/// (its leases and ingest coordination too, which a protocol default would not). A claim that
/// records finished polls is the protocol's default, the records then the claim, each through
/// this store: a test's store sees both.
public protocol ForwardingStore: Store {
    var inner: any Store { get }
}

extension ForwardingStore {
    public var claimsCarryPollRecords: Bool { inner.claimsCarryPollRecords }

    public func record(_ observation: PageObservation) async throws -> RecordOutcome {
        try await inner.record(observation)
    }

    public func recordGone(
        url: String, status: Int, at: Date, announce: @escaping @Sendable (RemovedArticle) throws -> [OutboxEntry]
    ) async throws -> RemovalOutcome {
        try await inner.recordGone(url: url, status: status, at: at, announce: announce)
    }

    public func recordAlive(url: String, status: Int, at: Date) async throws {
        try await inner.recordAlive(url: url, status: status, at: at)
    }

    public func recordPollSuccess(sourceID: String, kind: SourceRole, at: Date, nextDue: Date) async throws {
        try await inner.recordPollSuccess(sourceID: sourceID, kind: kind, at: at, nextDue: nextDue)
    }

    public func recordPollFailure(
        sourceID: String, kind: SourceRole, error: FetchError, at: Date, nextDue: Date
    ) async throws -> Int {
        try await inner.recordPollFailure(sourceID: sourceID, kind: kind, error: error, at: at, nextDue: nextDue)
    }

    public func recordRobotsSkipped(sourceID: String, kind: SourceRole, count: Int) async throws {
        try await inner.recordRobotsSkipped(sourceID: sourceID, kind: kind, count: count)
    }

    public func reschedule(sourceID: String, nextDue: Date) async throws {
        try await inner.reschedule(sourceID: sourceID, nextDue: nextDue)
    }

    public func hasArticle(at url: String) async throws -> Bool { try await inner.hasArticle(at: url) }

    public func articlesDueForRecheck(_ scope: RecheckScope, firstSeenAfter: Date) async throws -> [String] {
        try await inner.articlesDueForRecheck(scope, firstSeenAfter: firstSeenAfter)
    }

    public func recheckTargets(_ scope: RecheckScope, firstSeenAfter: Date) async throws -> [RecheckTarget] {
        try await inner.recheckTargets(scope, firstSeenAfter: firstSeenAfter)
    }

    public func sourceIDsWithArticles() async throws -> [String] { try await inner.sourceIDsWithArticles() }

    public func mirrors(of ids: [ArticleID]) async throws -> [ArticleID: [String]] { try await inner.mirrors(of: ids) }

    public func latestArticles(limit: Int) async throws -> [StoredArticle] {
        try await inner.latestArticles(limit: limit)
    }

    public func articles(matching query: ArticleQuery) async throws -> [StoredArticle] {
        try await inner.articles(matching: query)
    }

    public func article(id: ArticleID) async throws -> StoredArticle? { try await inner.article(id: id) }

    public func article(shortID: String) async throws -> ArticleDetail? { try await inner.article(shortID: shortID) }

    public func search(_ text: String, limit: Int) async throws -> [StoredArticle] {
        try await inner.search(text, limit: limit)
    }

    public func sourceHealth() async throws -> [SourceStatus] { try await inner.sourceHealth() }

    public func sourceStatus(_ sourceID: String) async throws -> SourceStatus? {
        try await inner.sourceStatus(sourceID)
    }

    public func pollStart(sourceID: String, listURL: String) async throws -> PollStart {
        try await inner.pollStart(sourceID: sourceID, listURL: listURL)
    }

    public func failingSources(atLeast failures: Int) async throws -> [SourceStatus] {
        try await inner.failingSources(atLeast: failures)
    }

    public func fingerprints(after: ArticleID?, limit: Int) async throws -> [StoredFingerprint] {
        try await inner.fingerprints(after: after, limit: limit)
    }

    public func statistics() async throws -> StoreStatistics { try await inner.statistics() }
}

extension ForwardingStore {
    public func validators(for url: String) async throws -> Validators? { try await inner.validators(for: url) }

    public func saveValidators(_ validators: Validators, for url: String) async throws {
        try await inner.saveValidators(validators, for: url)
    }

    public func enqueue(_ entries: [OutboxEntry]) async throws { try await inner.enqueue(entries) }

    public func dueDeliveries(now: Date, limit: Int) async throws -> [OutboxEntry] {
        try await inner.dueDeliveries(now: now, limit: limit)
    }

    public func dueDeliveries(webhookID: String, now: Date, limit: Int) async throws -> [OutboxEntry] {
        try await inner.dueDeliveries(webhookID: webhookID, now: now, limit: limit)
    }

    public func dueWebhookIDs(now: Date) async throws -> [String] { try await inner.dueWebhookIDs(now: now) }

    public func markDelivered(deliveryID: String, at: Date) async throws {
        try await inner.markDelivered(deliveryID: deliveryID, at: at)
    }

    public func markFailed(deliveryID: String, error: String, nextAttemptAt: Date?) async throws {
        try await inner.markFailed(deliveryID: deliveryID, error: error, nextAttemptAt: nextAttemptAt)
    }

    public func pendingCount() async throws -> Int { try await inner.pendingCount() }

    public func deliveryStatus() async throws -> [WebhookDeliveryStatus] { try await inner.deliveryStatus() }

    public func requeue(webhookID: String, to newWebhookID: String, at: Date) async throws -> Int {
        try await inner.requeue(webhookID: webhookID, to: newWebhookID, at: at)
    }

    public func claimLane(webhookID: String, until: Date, now: Date) async throws -> Bool {
        try await inner.claimLane(webhookID: webhookID, until: until, now: now)
    }

    public func releaseLane(webhookID: String, freeFrom: Date) async throws {
        try await inner.releaseLane(webhookID: webhookID, freeFrom: freeFrom)
    }
}

extension ForwardingStore {
    public func exclusiveIngest<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> T {
        try await inner.exclusiveIngest(body)
    }

    public func textLogPosition() async throws -> Int64? { try await inner.textLogPosition() }

    public func texts(after position: Int64, limit: Int) async throws -> (texts: [StoredFingerprint], position: Int64) {
        try await inner.texts(after: position, limit: limit)
    }

    public func claimSources(_ requests: [SourceLeaseRequest], now: Date, dueOnly: Bool) async throws
        -> [String: SourceClaim]
    {
        try await inner.claimSources(requests, now: now, dueOnly: dueOnly)
    }

    public func claimPolls(_ requests: [SourceLeaseRequest], now: Date, dueOnly: Bool) async throws -> PollClaims {
        try await inner.claimPolls(requests, now: now, dueOnly: dueOnly)
    }

    public func refusedClaims(of ids: [String], now: Date) async throws -> [String: SourceClaim] {
        try await inner.refusedClaims(of: ids, now: now)
    }

    public func releaseSourceLeases() async throws { try await inner.releaseSourceLeases() }
}
