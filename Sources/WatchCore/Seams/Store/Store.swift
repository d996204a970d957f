import Foundation

/// The daemon's state: sources, seen URLs, articles with their sightings and versions, and the
/// webhook outbox. `SQLiteStore` is the real one; `InMemoryStore` (WatchTesting) is its twin;
/// both pass one conformance suite. Each write is one transaction: a kill at any moment leaves
/// all of it or none of it.
public protocol Store: ValidatorStore, OutboxStore, IngestCoordination, SourceLeaseStore, Sendable {
    // MARK: writes

    /// Records one article page: the article (new, a new sighting, a new version, or unchanged),
    /// the URL as seen, its validators, and the deliveries `observation.announce` returns.
    func record(_ observation: PageObservation) async throws -> RecordOutcome

    /// Counts a 404/410 answer for `url`; `StoreRules.goneAnswersForRemoval` in a row remove the
    /// article(s) the URL carries, and `announce` builds the deliveries for each one removed.
    func recordGone(
        url: String, status: Int, at: Date,
        announce: @escaping @Sendable (RemovedArticle) throws -> [OutboxEntry]
    ) async throws -> RemovalOutcome

    /// The URL answered (e.g. 304 Not Modified): its run of 404/410 answers is broken. A URL in
    /// no such run is left as it is, so an answer like the last costs no write.
    func recordAlive(url: String, status: Int, at: Date) async throws

    /// A poll of the source succeeded: failures reset, next poll at `nextDue`.
    func recordPollSuccess(sourceID: String, kind: SourceRole, at: Date, nextDue: Date) async throws

    /// Records each finished poll's success (`recordPollSuccess`), then claims `requests` as
    /// `claimPolls(_:now:dueOnly:)` does (no claim when there are none). A daemon claims its
    /// next source the moment a poll ends: a shared store does both in one round trip.
    func claimPolls(
        _ requests: [SourceLeaseRequest], now: Date, dueOnly: Bool, recording finished: [PollSuccessRecord]
    ) async throws -> PollClaims

    /// Whether that saves anything over a record of its own: only then does a daemon hold a
    /// poll's record back for its next claim. A store of one daemon keeps each poll's record in
    /// the poll, beside its other writes.
    var claimsCarryPollRecords: Bool { get }

    /// A poll of the source failed: the error is kept on the source. Returns the failures in a row.
    @discardableResult
    func recordPollFailure(
        sourceID: String, kind: SourceRole, error: FetchError, at: Date,
        nextDue: Date
    ) async throws -> Int

    /// The article links robots.txt made the source's last poll skip (shown by `sources`).
    func recordRobotsSkipped(sourceID: String, kind: SourceRole, count: Int) async throws

    /// A reload changed the source's interval: its next poll is re-planned to `nextDue`. A
    /// source never polled is left alone.
    func reschedule(sourceID: String, nextDue: Date) async throws

    // MARK: reads

    /// True when an article was recorded from `url` (a list page's link that needs no fetch).
    func hasArticle(at url: String) async throws -> Bool

    /// The article URLs in `scope` (the source's own sightings and the orphans it adopts) whose
    /// article was first seen at or after `firstSeenAfter`, removed ones included (a page that
    /// answers again restores its article): the pages to re-request when the source is polled.
    func articlesDueForRecheck(_ scope: RecheckScope, firstSeenAfter: Date) async throws -> [String]

    /// `articlesDueForRecheck` with each URL's validators, for its conditional request: a
    /// shared store answers both in one round trip instead of one more per URL.
    func recheckTargets(_ scope: RecheckScope, firstSeenAfter: Date) async throws -> [RecheckTarget]

    /// Every source id that sightings were recorded under (for the warning about ids gone from
    /// the config).
    func sourceIDsWithArticles() async throws -> [String]

    /// The mirror pages (other than the canonical URL) of each article, oldest first: the feed's
    /// and the watch files' `mirrors`. Articles with no mirror page are left out.
    func mirrors(of ids: [ArticleID]) async throws -> [ArticleID: [String]]

    /// The most recently first-seen articles, newest first.
    func latestArticles(limit: Int) async throws -> [StoredArticle]

    /// Articles in `query`'s order (`ArticleQuery`): `articles list` and the per-source feeds.
    func articles(matching query: ArticleQuery) async throws -> [StoredArticle]

    func article(id: ArticleID) async throws -> StoredArticle?

    /// The article with this short id (or unique prefix of one), with sightings and versions.
    func article(shortID: String) async throws -> ArticleDetail?

    /// Articles whose title or body contains `text` (substring match, Chinese included, ASCII
    /// case ignored), most recently stored first: the order the full-text index gives cheaply.
    func search(_ text: String, limit: Int) async throws -> [StoredArticle]

    /// Every source that was ever polled, by id.
    func sourceHealth() async throws -> [SourceStatus]

    /// The stored next poll of every source that has one, for the scheduler's first plan.
    func dueTimes() async throws -> [StoredDueTime]

    /// One source's record, `nil` if it was never polled: what each poll reads, so a poll does
    /// not read every source's row to find its own.
    func sourceStatus(_ sourceID: String) async throws -> SourceStatus?

    /// The source's record and its first list page's validators, which every poll reads first:
    /// a shared store answers both in one round trip.
    func pollStart(sourceID: String, listURL: String) async throws -> PollStart

    /// The sources whose last `failures` polls or more failed, by id: what the daemon's health
    /// looks at after each poll, so it does not read every source's row to find the few.
    func failingSources(atLeast failures: Int) async throws -> [SourceStatus]

    /// The fingerprints of every distinct text (versions, mirror copies) of the next `limit`
    /// articles with ids above `after`, by article id then hash: one batch of `allFingerprints`.
    func fingerprints(after: ArticleID?, limit: Int) async throws -> [StoredFingerprint]

    func statistics() async throws -> StoreStatistics
}

extension Store {
    /// Taken from the whole statuses: enough for the in-memory twins and test wrappers.
    public func dueTimes() async throws -> [StoredDueTime] {
        try await sourceHealth().compactMap { status in
            status.nextDue.map {
                StoredDueTime(sourceID: status.sourceID, nextDue: $0, failing: status.consecutiveFailures > 0)
            }
        }
    }

    /// Found among all of them: enough for the in-memory twins and test wrappers.
    public func sourceStatus(_ sourceID: String) async throws -> SourceStatus? {
        try await sourceHealth().first { $0.sourceID == sourceID }
    }

    /// The record, then the validators: enough for a store in the process.
    public func pollStart(sourceID: String, listURL: String) async throws -> PollStart {
        PollStart(previous: try await sourceStatus(sourceID), listValidators: try await validators(for: listURL))
    }

    /// Found among all of them: enough for the in-memory twins and test wrappers.
    public func failingSources(atLeast failures: Int) async throws -> [SourceStatus] {
        try await sourceHealth().filter { $0.consecutiveFailures >= failures }
    }

    /// The due URLs, then each one's validators: enough for a store in the process.
    public func recheckTargets(_ scope: RecheckScope, firstSeenAfter: Date) async throws -> [RecheckTarget] {
        var targets: [RecheckTarget] = []
        for url in try await articlesDueForRecheck(scope, firstSeenAfter: firstSeenAfter) {
            targets.append(RecheckTarget(url: url, validators: try await validators(for: url)))
        }
        return targets
    }

    /// The source's own article URLs due for a recheck (no orphans adopted).
    public func articlesDueForRecheck(sourceID: String, firstSeenAfter: Date) async throws -> [String] {
        try await articlesDueForRecheck(RecheckScope(sourceID: sourceID), firstSeenAfter: firstSeenAfter)
    }
}
