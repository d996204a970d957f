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
    }

    static func print(_ articles: [StoredArticle], json: Bool) throws {
        if json { return try StateAccess.printJSON(articles.map(Summary.init)) }
        let rows = articles.map { [$0.shortID, StateAccess.format($0.published).prefix(10).description, $0.firstSourceID, $0.title] }
        Swift.print(TextTable.format([["id", "published", "source", "title"]] + rows))
    }

    static func show(_ detail: ArticleDetail, json: Bool) throws {
        let sightings = detail.sightings.map {
            SightingRow(url: $0.url, source: $0.sourceID, kind: $0.kind.rawValue, seen: StateAccess.format($0.seenAt))
        }
        let summary = Summary(detail.article)
        if json {
            return try StateAccess.printJSON(Detail(article: summary, body: detail.article.body,
                                                    attachments: detail.article.attachments, sightings: sightings,
                                                    versions: detail.versions.map(\.number)))
        }
        Swift.print("\(summary.id)  \(summary.title)")
        Swift.print("published \(summary.published ?? "-")  publisher \(summary.publisher ?? "-")  version \(summary.version)")
        Swift.print("canonical \(summary.canonical_url ?? "-")")
        for sighting in sightings { Swift.print("seen \(sighting.seen)  \(sighting.kind)  \(sighting.source)  \(sighting.url)") }
        Swift.print("")
        Swift.print(detail.article.body)
    }
}
