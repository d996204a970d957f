import Foundation
import WatchCore

/// The tables of `InMemoryStore`, as one value: a write works on a copy and replaces the state
/// only when it succeeds, which gives the twin the SQLite store's all-or-nothing transactions.
struct InMemoryStoreState: Sendable {
    struct SightingRow: Sendable {
        var sighting: Sighting
        var sha256: String
        /// A new text seen once at this URL, waiting for the next poll to agree.
        var pendingSHA256: String?
    }

    struct SeenURL: Sendable {
        var sourceID: String?
        var firstSeen: Date
        var lastStatus: Int?
        var goneCount = 0
        var validators = Validators()
    }

    struct OutboxRow: Sendable {
        var entry: OutboxEntry
        var state: String
    }

    var articles: [ArticleID: StoredArticle] = [:]
    var sightings: [ArticleID: [SightingRow]] = [:]
    var versions: [ArticleID: [ArticleVersion]] = [:]
    /// Every distinct text's fingerprint per article.
    var texts: [ArticleID: [ContentFingerprint]] = [:]
    var seenURLs: [String: SeenURL] = [:]
    var sources: [String: SourceStatus] = [:]
    /// In insertion order, like SQLite's rowid.
    var outbox: [OutboxRow] = []
    /// How each webhook's attempts went (`webhook_status`); counts come from `outbox`.
    var webhookStatus: [String: WebhookDeliveryStatus] = [:]
    var lastArticleID: Int64 = 0

    /// Articles by id, ascending.
    var articlesByID: [StoredArticle] { articles.values.sorted { $0.id < $1.id } }

    mutating func ensureSource(_ id: String, kind: SourceRole) {
        if sources[id] == nil {
            sources[id] = SourceStatus(sourceID: id, kind: kind)
        } else {
            sources[id]?.kind = kind
        }
    }

    func articlesAt(url: String) -> [(id: ArticleID, sha256: String)] {
        sightings.compactMap { id, rows in rows.first { $0.sighting.url == url }.map { (id: id, sha256: $0.sha256) } }
            .sorted { $0.id < $1.id }
    }

    func articleWithCanonicalURL(_ url: String) -> ArticleID? {
        articlesByID.first { $0.canonicalURL == url }?.id
    }

    /// The mirror's `原文链接` as a canonical URL for article `id`, unless another article claims it.
    func usableOriginalURL(_ observation: PageObservation, for id: ArticleID?) -> String? {
        guard let original = observation.article.originalURL, original != observation.url else { return nil }
        let claimant = articleWithCanonicalURL(original)
        return claimant == nil || claimant == id ? original : nil
    }

    func articleWithHash(_ sha256: String) -> ArticleID? {
        versions.filter { $0.value.contains { $0.sha256 == sha256 } }.keys.min()
    }

    /// The article's mirror pages other than its canonical URL, oldest first.
    func mirrorURLs(of article: StoredArticle) -> [String] {
        sightings[article.id, default: []].map(\.sighting)
            .filter { $0.kind == .mirror && $0.url != article.canonicalURL }.map(\.url)
    }

    func isBureauPage(_ url: String?, of id: ArticleID) -> Bool {
        guard let url else { return false }
        return sightings[id, default: []].contains { $0.sighting.url == url && $0.sighting.kind == .bureau }
    }

    mutating func insertOutbox(_ entries: [OutboxEntry]) {
        for entry in entries where !outbox.contains(where: { $0.entry.deliveryID == entry.deliveryID }) {
            outbox.append(OutboxRow(entry: entry, state: "pending"))
        }
    }

    /// The URL answered 200 with the page: its 404/410 run ends; validators are kept when given.
    mutating func markSeen(url: String, sourceID: String, at: Date, validators: Validators?) {
        var seen = seenURLs[url] ?? SeenURL(sourceID: sourceID, firstSeen: at)
        seen.sourceID = seen.sourceID ?? sourceID
        seen.lastStatus = 200
        seen.goneCount = 0
        if let validators { seen.validators = validators }
        seenURLs[url] = seen
    }
}
