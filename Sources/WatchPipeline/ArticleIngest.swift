import Foundation
import Logging
import WatchCore
import WatchDedup
import WatchDeliver

/// Takes extracted articles to the store: normalizes, fingerprints, asks the deduplicator, and
/// records each page in one store transaction that also writes its watch-folder file and queues
/// its webhook deliveries. Owns the in-memory near-duplicate index, loaded from the store at the
/// first ingest.
/// Pages are ingested one at a time (`takeTurn`): the decision, the record and the index update
/// of one article are one step, so two polls carrying near-duplicates cannot both decide "new".
public actor ArticleIngest {
    let store: any Store
    private let normalizer: Normalizer
    /// Read from the store at the first ingest (`loadIndexIfNeeded`), not at start: a daemon
    /// whose polls get only 304s never needs it. At 50 000 stored texts its load was a third
    /// of a daemon's start (and as much again of PostgreSQL's time) and its tables 14 MB; a
    /// restarted daemon now polls at once, and the first article page read waits for the load.
    private var deduplicator: Deduplicator?
    /// How far the store's log of texts has been read into `deduplicator` (`nil`: the store has
    /// one writer, this daemon, and keeps no log).
    private var textPosition: Int64?
    let publisher: ArticlePublisher
    private(set) var webhooks: [WebhookConfig]
    private(set) var sourceNames: [String: String]
    private var recheckScopes: RecheckScopes
    /// True while an ingest runs; the others wait in `waiting`, first come first served.
    private var turnTaken = false
    private var waiting: [CheckedContinuation<Void, Never>] = []
    let clock: any WallClock
    let logger: Logger

    /// Fingerprints read per store query while loading the index. A batch reaches PostgreSQL's
    /// client whole, into one buffer: 10 000 texts made it 16 MB of a daemon's peak (heaptrack).
    /// Each batch also repacks the index's buckets, so batches are not made smaller than this.
    static let loadBatchSize = 4_000

    public init(
        store: any Store, publisher: ArticlePublisher, webhooks: [WebhookConfig],
        sources: [SourceConfig], clock: any WallClock, logger: Logger
    ) async throws {
        self.store = store
        self.normalizer = try Normalizer()
        self.publisher = publisher
        self.webhooks = webhooks
        self.sourceNames = sources.namesByID
        self.recheckScopes = RecheckScopes(sources)
        self.clock = clock
        self.logger = logger
    }

    /// A decision asked of an index `ingest` did not load first: a bug, never a judgement of "new".
    struct IndexNotLoaded: Error {}

    /// Reads the stored texts into a new index, unless one is loaded. Outside the store's
    /// `exclusiveIngest`: other daemons' ingests do not wait for this one's load.
    private func loadIndexIfNeeded() async throws {
        guard deduplicator == nil else { return }
        // Before the load: a text stored meanwhile (by another daemon) is read again, not missed.
        let position = try await store.textLogPosition()
        var loaded = try Deduplicator()
        for try await batch in store.allFingerprints(batchSize: Self.loadBatchSize) {
            try loaded.load(batch.map { ($0.articleID.rawValue, $0.fingerprint) })
        }
        logger.debug("near-duplicate index loaded", metadata: ["texts": "\(loaded.count)"])
        deduplicator = loaded
        textPosition = position
    }

    /// Takes a reloaded config's webhooks and source names.
    public func update(webhooks: [WebhookConfig], sources: [SourceConfig]) {
        self.webhooks = webhooks
        sourceNames = sources.namesByID
        recheckScopes = RecheckScopes(sources)
    }

    /// The stored pages `source`'s poll re-requests, in the current config.
    public func recheckScope(for source: SourceConfig) -> RecheckScope {
        recheckScopes.scope(for: source)
    }

    /// Records the articles of one page (several for a digest). `validators` are the page's,
    /// saved with it. Without `announcing` (a source's baseline poll) the files are written and
    /// no delivery is queued.
    public func ingest(
        _ articles: [ExtractedArticle], from source: SourceConfig,
        validators: Validators?, announcing: Bool = true
    ) async throws -> [RecordOutcome] {
        await takeTurn()
        defer { endTurn() }
        try await loadIndexIfNeeded()
        return try await store.exclusiveIngest {
            try await self.catchUp()
            var outcomes: [RecordOutcome] = []
            for article in articles {
                outcomes.append(
                    try await self.record(
                        article, from: source, itemsOnPage: articles.count, validators: validators,
                        announcing: announcing))
            }
            return outcomes
        }
    }

    /// Reads into the index the texts other daemons stored since the last look (the caller holds
    /// the store's `exclusiveIngest`, so none is stored while deciding).
    private func catchUp() async throws {
        guard var position = textPosition else { return }
        while true {
            let (texts, next) = try await store.texts(after: position, limit: Self.loadBatchSize)
            for text in texts {
                try deduplicator?.insert(articleID: text.articleID.rawValue, fingerprint: text.fingerprint)
            }
            position = next
            textPosition = position
            if texts.count < Self.loadBatchSize { return }
        }
    }

    /// Decides, records and indexes one article (the caller holds the turn).
    private func record(
        _ article: ExtractedArticle, from source: SourceConfig, itemsOnPage: Int,
        validators: Validators?, announcing: Bool
    ) async throws -> RecordOutcome {
        let (cleaned, fingerprint) = try normalize(article)
        guard let decision = deduplicator?.decide(fingerprint) else { throw IndexNotLoaded() }
        let match = ArticleMatch(decision)
        let written = WrittenFiles()
        let observation = PageObservation(
            sourceID: source.id, sourceKind: source.kind, article: cleaned, fingerprint: fingerprint,
            match: match, fetchedAt: clock.now, itemsOnPage: itemsOnPage, validators: validators,
            announce: announcer(for: source, written: written, announcing: announcing))
        let outcome: RecordOutcome
        do {
            outcome = try await store.record(observation)
        } catch {
            written.removeAll(logger: logger) // the commit failed: no file may outlive it
            throw error
        }
        if outcome.change != .unchanged {
            try deduplicator?.insert(articleID: outcome.articleID.rawValue, fingerprint: fingerprint)
        }
        if outcome.versionCapped {
            logger.warning(
                "article changed again; no new version before the day's cap frees up",
                metadata: [
                    "article": "\(outcome.shortID)", "url": "\(article.url)", "cap": "\(StoreRules.maxVersionsPerDay)",
                ])
        }
        return outcome
    }

    /// Waits until no other ingest runs.
    private func takeTurn() async {
        guard turnTaken else {
            turnTaken = true
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    /// Hands the turn to the next waiting ingest, if any.
    private func endTurn() {
        if waiting.isEmpty {
            turnTaken = false
        } else {
            waiting.removeFirst().resume()
        }
    }

    /// The body as the store keeps it (simplified, annotations dropped) and its fingerprint.
    private func normalize(_ article: ExtractedArticle) throws -> (ExtractedArticle, ContentFingerprint) {
        let body = try normalizer.normalize(paragraphs: article.paragraphs)
        var cleaned = article
        cleaned.paragraphs = body.display.components(separatedBy: "\n").filter { !$0.isEmpty }
        cleaned.title = try normalizer.normalize(article.title).display
        cleaned.publisher = try article.publisher.map { try normalizer.normalize($0).display }
        return (cleaned, try Fingerprinter.fingerprint(body))
    }

    /// Runs inside the store's transaction: writes the file and plans the deliveries, so a
    /// failure to write rolls the page back and the next poll tries again. A new sighting
    /// rewrites the article's current file with its mirrors. Files created are noted in `written`
    /// so a failed commit can take them back. Without `announcing` (a baseline poll) no delivery is
    /// queued.
    private func announcer(
        for source: SourceConfig, written: WrittenFiles,
        announcing: Bool
    ) -> @Sendable (RecordOutcome) throws -> [OutboxEntry] {
        let publisher = self.publisher
        let webhooks = self.webhooks
        let logger = self.logger
        let now = clock.now
        let names = sourceNames
        let sourceName = sourceNames[source.id] ?? source.name
        return { outcome in
            let stored = outcome.article
            guard let event = outcome.event else {
                guard outcome.change == .newSighting else { return [] }
                let named = DeliveredArticle(
                    stored, sourceName: names[stored.firstSourceID] ?? sourceName,
                    mirrors: outcome.mirrors, fetched: stored.firstSeen,
                    previousBody: outcome.previousBody)
                try publisher.refreshMirrors(of: named, logger: logger)
                return []
            }
            let delivered = DeliveredArticle(
                stored, sourceName: sourceName, mirrors: outcome.mirrors, fetched: now,
                previousBody: outcome.previousBody)
            let path = publisher.folder.path + "/" + (try publisher.folder.fileName(for: delivered))
            let existed = FileManager.default.fileExists(atPath: path)
            let entries = try publisher.publish(event, article: delivered, webhooks: webhooks, now: now, logger: logger)
                .entries
            if !existed { written.note(path) }
            return announcing ? entries : []
        }
    }
}
