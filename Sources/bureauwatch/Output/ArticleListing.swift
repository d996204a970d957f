import ArgumentParser
import Foundation
import WatchCore

/// How `articles` prints articles: a table, or JSON with DESIGN.md's field names.
enum ArticleListing {
    struct Summary: Encodable {
        let id, title, source, url: String
        let published, publisher, canonicalURL, documentNumber: String?
        let firstSeen: String
        let version: Int
        let removed: Bool
        /// In lists (`list --json`, `search --json`); `show` prints it beside the summary.
        let body: String?

        init(_ article: StoredArticle, withBody: Bool = false) {
            id = article.shortID
            title = article.title
            source = article.firstSourceID
            url = article.firstURL
            published = article.published.map(StateAccess.format)
            publisher = article.publisher
            canonicalURL = article.canonicalURL
            documentNumber = article.documentNumber
            firstSeen = StateAccess.format(article.firstSeen)
            version = article.currentVersion
            removed = article.removed
            body = withBody ? article.body : nil
        }
    }

    struct Detail: Encodable {
        let article: Summary
        let state: String
        /// The version whose text `body` is.
        let shownVersion: Int
        let body: String
        let attachments: [Attachment]
        let sightings: [SightingRow]
        let versions: [VersionRow]
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
            if case .contained(let fraction) = evidence {
                share = (fraction * 100).rounded() / 100
            } else {
                share = nil
            }
        }
    }

    struct VersionRow: Encodable {
        let number: Int
        let fetched, sha256: String
    }

    /// Prints `message` as an error and exits 1 (the article or version asked for is not stored).
    static func fail(_ message: String) throws -> Never {
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
        throw ExitCode(1)
    }

    /// The article with this id or prefix, or exit 1 naming it.
    static func detail(_ id: String, in store: any Store) async throws -> ArticleDetail {
        guard let detail = try await store.article(shortID: id) else { try fail("no article with id \(id)") }
        return detail
    }

    static func print(_ articles: [StoredArticle], json: Bool) throws {
        if json { return try StateAccess.printJSON(articles.map { Summary($0, withBody: true) }) }
        let rows = articles.map {
            [$0.shortID, day($0.published), $0.firstSourceID, ControlCharacters.escaped($0.title)]
        }
        Swift.print(TextTable.format([["id", "published", "source", "title"]] + rows))
    }

    /// `2024-06-07` in China time, or `-`.
    static func day(_ date: Date?) -> String {
        StateAccess.format(date).prefix(10).description
    }

    /// `live`; `removed <when>` (its pages answered 404/410 twice in a row); or
    /// `restored <when>` (removed, then one of its pages answered again).
    static func state(_ article: StoredArticle) -> String {
        if article.removed { return "removed " + StateAccess.format(article.removedAt) }
        if let restored = article.restoredAt { return "restored " + StateAccess.format(restored) }
        return "live"
    }

    static func show(_ detail: ArticleDetail, version: ArticleVersion? = nil, json: Bool) throws {
        let sightings = detail.sightings.map {
            SightingRow(
                url: $0.url, source: $0.sourceID, kind: $0.kind.rawValue, seen: StateAccess.format($0.seenAt),
                match: $0.match.map(MatchRow.init))
        }
        let summary = Summary(detail.article)
        let number = version?.number ?? detail.article.currentVersion
        let body = version?.body ?? detail.article.body
        if json {
            let versions = detail.versions.map {
                VersionRow(number: $0.number, fetched: StateAccess.format($0.fetchedAt), sha256: $0.sha256)
            }
            return try StateAccess.printJSON(
                Detail(
                    article: summary, state: state(detail.article), shownVersion: number,
                    body: body, attachments: detail.article.attachments,
                    sightings: sightings, versions: versions))
        }
        var lines = [
            "\(summary.id)  \(version?.title ?? summary.title)",
            "state \(state(detail.article))  published \(summary.published ?? "-")  publisher \(summary.publisher ?? "-")",
        ]
        let listed = detail.versions.map { "v\($0.number) \(StateAccess.format($0.fetchedAt))" }.joined(separator: ", ")
        lines.append("version \(number) of \(detail.article.currentVersion)  (\(listed))")
        lines.append("canonical \(summary.canonicalURL ?? "-")")
        for sighting in detail.sightings {
            let match = sighting.match.map { "  (\($0.summary))" } ?? ""
            lines.append(
                "seen \(StateAccess.format(sighting.seenAt))  \(sighting.kind.rawValue)  \(sighting.sourceID)  "
                    + "\(sighting.url)\(match)")
        }
        for attachment in detail.article.attachments {
            lines.append("attachment \(attachment.title)  \(attachment.url)")
        }
        // Extraction drops control characters; whatever an older store still holds is escaped.
        Swift.print(ControlCharacters.escaped((lines + ["", body]).joined(separator: "\n")))
    }
}
