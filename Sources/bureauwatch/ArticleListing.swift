import Foundation
import WatchCore

/// How `articles` prints articles: a table, or JSON with DESIGN.md's field names.
enum ArticleListing {
    struct Summary: Encodable {
        let id, title, source, url: String
        let published, publisher, canonical_url, document_number: String?
        let first_seen: String
        let version: Int
        let removed: Bool

        init(_ article: StoredArticle) {
            id = article.shortID
            title = article.title
            source = article.firstSourceID
            url = article.firstURL
            published = article.published.map(StateAccess.format)
            publisher = article.publisher
            canonical_url = article.canonicalURL
            document_number = article.documentNumber
            first_seen = StateAccess.format(article.firstSeen)
            version = article.currentVersion
            removed = article.removed
        }
    }

    struct Detail: Encodable {
        let article: Summary
        let body: String
        let attachments: [Attachment]
        let sightings: [SightingRow]
        let versions: [Int]
    }

    struct SightingRow: Encodable {
        let url, source, kind, seen: String
        /// How the page was tied to the article; absent for sightings stored before it was kept.
        let match: MatchRow?
    }

    /// `MatchEvidence` in JSON: `{"kind": "near", "distance": 3}`, `{"kind": "contained", "share": 0.94}`.
    struct MatchRow: Encodable {
        let kind: String
        let distance: Int?
        let share: Double?

        init(_ evidence: MatchEvidence) {
            kind = evidence.stored.kind
            if case .near(let bits) = evidence { distance = bits } else { distance = nil }
            if case .contained(let fraction) = evidence { share = (fraction * 100).rounded() / 100 } else { share = nil }
        }
    }

    static func print(_ articles: [StoredArticle], json: Bool) throws {
        if json { return try StateAccess.printJSON(articles.map(Summary.init)) }
        let rows = articles.map {
            [$0.shortID, StateAccess.format($0.published).prefix(10).description, $0.firstSourceID,
             ControlCharacters.escaped($0.title)]
        }
        Swift.print(TextTable.format([["id", "published", "source", "title"]] + rows))
    }

    static func show(_ detail: ArticleDetail, json: Bool) throws {
        let sightings = detail.sightings.map {
            SightingRow(url: $0.url, source: $0.sourceID, kind: $0.kind.rawValue, seen: StateAccess.format($0.seenAt),
                        match: $0.match.map(MatchRow.init))
        }
        let summary = Summary(detail.article)
        if json {
            return try StateAccess.printJSON(Detail(article: summary, body: detail.article.body,
                                                    attachments: detail.article.attachments, sightings: sightings,
                                                    versions: detail.versions.map(\.number)))
        }
        var lines = ["\(summary.id)  \(summary.title)",
                     "published \(summary.published ?? "-")  publisher \(summary.publisher ?? "-")  version \(summary.version)",
                     "canonical \(summary.canonical_url ?? "-")"]
        for sighting in detail.sightings {
            let match = sighting.match.map { "  (\($0.summary))" } ?? ""
            lines.append("seen \(StateAccess.format(sighting.seenAt))  \(sighting.kind.rawValue)  \(sighting.sourceID)  "
                         + "\(sighting.url)\(match)")
        }
        // Extraction drops control characters; whatever an older store still holds is escaped.
        Swift.print(ControlCharacters.escaped((lines + ["", detail.article.body]).joined(separator: "\n")))
    }
}
