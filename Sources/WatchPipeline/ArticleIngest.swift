import Foundation
import Logging
import WatchCore
import WatchDedup
import WatchDeliver

/// Takes extracted articles to the store: normalizes, fingerprints, asks the deduplicator, and
/// records each page in one store transaction that also writes its watch-folder file and queues
/// its webhook deliveries. Owns the in-memory near-duplicate index, loaded from the store.
public actor ArticleIngest {
    let store: any Store
    private let normalizer: Normalizer
    private var deduplicator: Deduplicator
    let publisher: ArticlePublisher
    private(set) var webhooks: [WebhookConfig]
    private(set) var sourceNames: [String: String]
    let clock: any WallClock
    let logger: Logger

    /// Fingerprints read per store query while loading the index.
    static let loadBatchSize = 10_000

    public init(store: any Store, publisher: ArticlePublisher, webhooks: [WebhookConfig],
                sources: [SourceConfig], clock: any WallClock, logger: Logger) async throws {
        self.store = store
        self.normalizer = try Normalizer()
        self.publisher = publisher
        self.webhooks = webhooks
        self.sourceNames = sources.namesByID
        self.clock = clock
        self.logger = logger
        var deduplicator = try Deduplicator()
        var after: ArticleID?
        while true {
            let batch = try await store.fingerprints(after: after, limit: Self.loadBatchSize)
            guard let last = batch.last else { break }
            try deduplicator.load(batch.map { ($0.articleID.rawValue, $0.fingerprint) })
            after = last.articleID
        }
        self.deduplicator = deduplicator
    }

    /// Takes a reloaded config's webhooks and source names.
    public func update(webhooks: [WebhookConfig], sources: [SourceConfig]) {
        self.webhooks = webhooks
        sourceNames = sources.namesByID
    }

    /// Records the articles of one page (several for a digest). `validators` are the page's,
    /// saved with it.
    public func ingest(_ articles: [ExtractedArticle], from source: SourceConfig,
                       validators: Validators?) async throws -> [RecordOutcome] {
        var outcomes: [RecordOutcome] = []
        for article in articles {
            let (cleaned, fingerprint) = try normalize(article)
            let match = ArticleMatch(deduplicator.decide(fingerprint))
            let observation = PageObservation(
                sourceID: source.id, sourceKind: source.kind, article: cleaned, fingerprint: fingerprint,
                match: match, fetchedAt: clock.now, itemsOnPage: articles.count, validators: validators,
                announce: announcer(for: source))
            let outcome = try await store.record(observation)
            if outcome.change != .unchanged {
                try deduplicator.insert(articleID: outcome.articleID.rawValue, fingerprint: fingerprint)
            }
            outcomes.append(outcome)
        }
        return outcomes
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
    /// failure to write rolls the page back and the next poll tries again.
    private func announcer(for source: SourceConfig) -> @Sendable (RecordOutcome) throws -> [OutboxEntry] {
        let publisher = self.publisher, webhooks = self.webhooks, logger = self.logger
        let now = clock.now
        let sourceName = sourceNames[source.id] ?? source.name
        let fromMirror = source.kind == .mirror
        return { outcome in
            guard let event = outcome.event else { return [] }
            let stored = outcome.article
            // A change announced from a mirror names the mirror's page among the mirrors.
            let mirrors = fromMirror && stored.firstURL != stored.canonicalURL ? [stored.firstURL] : []
            let delivered = DeliveredArticle(stored, sourceName: sourceName, mirrors: mirrors, fetched: now)
            return try publisher.publish(event, article: delivered, webhooks: webhooks, now: now, logger: logger).entries
        }
    }
}
