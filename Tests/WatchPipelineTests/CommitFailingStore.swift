import Foundation
import WatchCore

/// A store whose page commits fail after the page's watch file was written (as a full disk fails
/// SQLite's COMMIT): `record` runs the wrapped store's transaction with the page's announcement,
/// then throws from inside it, so the transaction rolls back. Everything else is forwarded.
actor CommitFailingStore: Store {
    struct CommitFailed: Error {}

    let inner: any Store

    init(_ inner: any Store) {
        self.inner = inner
    }

    func record(_ observation: PageObservation) async throws -> RecordOutcome {
        var failing = observation
        failing.announce = { outcome in
            _ = try observation.announce(outcome)
            throw CommitFailed()
        }
        return try await inner.record(failing)
    }

    func recordGone(
        url: String, status: Int, at: Date,
        announce: @escaping @Sendable (RemovedArticle) throws -> [OutboxEntry]
    ) async throws -> RemovalOutcome {
        try await inner.recordGone(url: url, status: status, at: at, announce: announce)
    }

    func recordAlive(url: String, status: Int, at: Date) async throws {
        try await inner.recordAlive(url: url, status: status, at: at)
    }

    func recordPollSuccess(sourceID: String, kind: SourceRole, at: Date, nextDue: Date) async throws {
        try await inner.recordPollSuccess(sourceID: sourceID, kind: kind, at: at, nextDue: nextDue)
    }

    func recordPollFailure(
        sourceID: String, kind: SourceRole, error: FetchError, at: Date,
        nextDue: Date
    ) async throws -> Int {
        try await inner.recordPollFailure(sourceID: sourceID, kind: kind, error: error, at: at, nextDue: nextDue)
    }

    func hasArticle(at url: String) async throws -> Bool { try await inner.hasArticle(at: url) }

    func articlesDueForRecheck(_ scope: RecheckScope, firstSeenAfter: Date) async throws -> [String] {
        try await inner.articlesDueForRecheck(scope, firstSeenAfter: firstSeenAfter)
    }

    func sourceIDsWithArticles() async throws -> [String] { try await inner.sourceIDsWithArticles() }

    func mirrors(of ids: [ArticleID]) async throws -> [ArticleID: [String]] { try await inner.mirrors(of: ids) }

    func latestArticles(limit: Int) async throws -> [StoredArticle] { try await inner.latestArticles(limit: limit) }

    func articles(matching query: ArticleQuery) async throws -> [StoredArticle] {
        try await inner.articles(matching: query)
    }

    func reschedule(sourceID: String, nextDue: Date) async throws {
        try await inner.reschedule(sourceID: sourceID, nextDue: nextDue)
    }

    func article(id: ArticleID) async throws -> StoredArticle? { try await inner.article(id: id) }

    func article(shortID: String) async throws -> ArticleDetail? { try await inner.article(shortID: shortID) }

    func search(_ text: String, limit: Int) async throws -> [StoredArticle] {
        try await inner.search(text, limit: limit)
    }

    func sourceHealth() async throws -> [SourceStatus] { try await inner.sourceHealth() }

    func recordRobotsSkipped(sourceID: String, kind: SourceRole, count: Int) async throws {
        try await inner.recordRobotsSkipped(sourceID: sourceID, kind: kind, count: count)
    }

    func fingerprints(after: ArticleID?, limit: Int) async throws -> [StoredFingerprint] {
        try await inner.fingerprints(after: after, limit: limit)
    }

    func statistics() async throws -> StoreStatistics { try await inner.statistics() }

    func validators(for url: String) async throws -> Validators? { try await inner.validators(for: url) }

    func saveValidators(_ validators: Validators, for url: String) async throws {
        try await inner.saveValidators(validators, for: url)
    }

    func enqueue(_ entries: [OutboxEntry]) async throws { try await inner.enqueue(entries) }

    func dueDeliveries(now: Date, limit: Int) async throws -> [OutboxEntry] {
        try await inner.dueDeliveries(now: now, limit: limit)
    }

    func markDelivered(deliveryID: String, at: Date) async throws {
        try await inner.markDelivered(deliveryID: deliveryID, at: at)
    }

    func markFailed(deliveryID: String, error: String, nextAttemptAt: Date?) async throws {
        try await inner.markFailed(deliveryID: deliveryID, error: error, nextAttemptAt: nextAttemptAt)
    }

    func pendingCount() async throws -> Int { try await inner.pendingCount() }

    func dueDeliveries(webhookID: String, now: Date, limit: Int) async throws -> [OutboxEntry] {
        try await inner.dueDeliveries(webhookID: webhookID, now: now, limit: limit)
    }

    func dueWebhookIDs(now: Date) async throws -> [String] { try await inner.dueWebhookIDs(now: now) }

    func deliveryStatus() async throws -> [WebhookDeliveryStatus] { try await inner.deliveryStatus() }

    func requeue(webhookID: String, to newWebhookID: String, at: Date) async throws -> Int {
        try await inner.requeue(webhookID: webhookID, to: newWebhookID, at: at)
    }
}
