import Foundation
import WatchCore
import WatchDedup

/// `extract --explain`: what the deduplicator makes of each extracted article against the
/// stored ones, as the pipeline would decide it, and for a page judged new the closest stored
/// article and how far it was.
enum ExtractExplanation {
    /// Fingerprints read per store query while loading the index (as the daemon does).
    static let batchSize = 10_000

    static func lines(for articles: [ExtractedArticle], store: any Store) async throws -> [String] {
        var dedup = try Deduplicator()
        var after: ArticleID?
        while true {
            let batch = try await store.fingerprints(after: after, limit: batchSize)
            guard let last = batch.last else { break }
            try dedup.load(batch.map { ($0.articleID.rawValue, $0.fingerprint) })
            after = last.articleID
        }
        let normalizer = try Normalizer()
        var lines: [String] = []
        for article in articles {
            let fingerprint = try Fingerprinter.fingerprint(normalizer.normalize(paragraphs: article.paragraphs))
            lines.append(try await line(dedup.decide(fingerprint), fingerprint, dedup, store))
        }
        return lines
    }

    private static func line(
        _ decision: DedupDecision, _ fingerprint: ContentFingerprint, _ dedup: Deduplicator,
        _ store: any Store
    ) async throws -> String {
        let evidence: String
        switch decision {
        case .exact(let id): evidence = "\(try await name(id, store)) (\(MatchEvidence.exact.summary))"
        case .near(let id, let distance):
            evidence = "\(try await name(id, store)) (\(MatchEvidence.near(distance: distance).summary))"
        case .contained(let id, let share):
            evidence = "\(try await name(id, store)) (\(MatchEvidence.contained(share: share).summary))"
        case .new:
            guard let closest = dedup.closest(to: fingerprint) else { return "dedup: new (nothing stored yet)" }
            let share = Int((closest.share * 100).rounded())
            return "dedup: new; closest stored article \(try await name(closest.articleID, store)): "
                + "\(closest.distance) bits apart (near means at most \(dedup.threshold)), \(share) % contained "
                + "(contained means at least \(Int(Deduplicator.minimumContainedShare * 100)) %), "
                + "numbers \(closest.numbersAgree ? "agree" : "differ")"
        }
        return "dedup: same article as \(evidence)"
    }

    /// `1a2b3c4d5e6f «title»`.
    private static func name(_ id: Int64, _ store: any Store) async throws -> String {
        guard let article = try await store.article(id: ArticleID(rawValue: id)) else { return "#\(id)" }
        return "\(article.shortID) «\(article.title)»"
    }
}
