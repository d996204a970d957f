import Foundation
import PostgresNIO
import WatchCore

/// Reading article rows.
extension PostgresStore {
    /// The `articles` columns `readArticle` expects, in order (prefix with a table alias as `a.`).
    static let articleColumns = """
        a.id, a.short_id, a.title, a.published, a.publisher, a.document_number, a.body, a.attachments::text, \
        a.sha256, a.simhash, a.numbers, a.canonical_url, a.first_url, a.first_source, a.first_seen, \
        a.current_version, a.removed, a.removed_at, a.restored_at
        """

    static func readArticle(_ row: StoreRow) throws -> StoredArticle {
        let fingerprint = ContentFingerprint(
            sha256: try row.requiredString(8, "articles.sha256"),
            simhash: try row.simhash(9), numbers: try row.strings(10))
        return StoredArticle(
            id: try row.articleID(0),
            shortID: try row.requiredString(1, "articles.short_id"),
            title: try row.string(2) ?? "",
            published: try row.date(3),
            publisher: try row.string(4),
            documentNumber: try row.string(5),
            body: try row.string(6) ?? "",
            attachments: try StoredText.attachments(from: try row.string(7) ?? "[]"),
            fingerprint: fingerprint,
            canonicalURL: try row.string(11),
            firstURL: try row.requiredString(12, "articles.first_url"),
            firstSourceID: try row.requiredString(13, "articles.first_source"),
            firstSeen: try row.date(14) ?? Date(timeIntervalSince1970: 0),
            currentVersion: try row.int(15),
            removed: try row.bool(16),
            removedAt: try row.date(17),
            restoredAt: try row.date(18))
    }

    func loadArticle(_ id: ArticleID, _ db: PostgresSession) async throws -> StoredArticle? {
        try await db.row(
            "SELECT \(unescaped: Self.articleColumns) FROM articles a WHERE a.id = \(id.rawValue)",
            Self.readArticle)
    }

    /// The article's mirror pages other than its canonical URL, oldest first.
    func mirrorURLs(of article: StoredArticle, _ db: PostgresSession) async throws -> [String] {
        try await db.rows(
            """
            SELECT url FROM sightings
            WHERE article_id = \(article.id.rawValue) AND kind = 'mirror' AND url IS DISTINCT FROM \(article.canonicalURL)
            ORDER BY seen_at, id
            """
        ) { try $0.string(0) ?? "" }
    }
}
