import Foundation
import LibSQLite
import WatchCore

/// Reading article rows.
extension SQLiteStore {
    /// The `articles` columns `readArticle` expects, in order (prefix with a table alias as `a.`).
    static let articleColumns = """
        a.id, a.short_id, a.title, a.published, a.publisher, a.document_number, a.body, a.attachments, \
        a.sha256, a.simhash, a.numbers, a.canonical_url, a.first_url, a.first_source, a.first_seen, \
        a.current_version, a.removed, a.removed_at, a.restored_at
        """

    static func readArticle(_ row: SQLiteStatement) throws -> StoredArticle {
        let fingerprint = ContentFingerprint(
            sha256: try row.requiredString(at: 8, "articles.sha256"),
            simhash: UInt64(bitPattern: row.int64(at: 9)),
            numbers: ColumnCoding.numbers(from: row.string(at: 10) ?? ""))
        return StoredArticle(
            id: ArticleID(row.int64(at: 0)),
            shortID: try row.requiredString(at: 1, "articles.short_id"),
            title: row.string(at: 2) ?? "",
            published: row.date(at: 3),
            publisher: row.string(at: 4),
            documentNumber: row.string(at: 5),
            body: row.string(at: 6) ?? "",
            attachments: try StoredText.attachments(from: row.string(at: 7) ?? "[]"),
            fingerprint: fingerprint,
            canonicalURL: row.string(at: 11),
            firstURL: try row.requiredString(at: 12, "articles.first_url"),
            firstSourceID: try row.requiredString(at: 13, "articles.first_source"),
            firstSeen: row.date(at: 14) ?? Date(timeIntervalSince1970: 0),
            currentVersion: row.int(at: 15),
            removed: row.int(at: 16) != 0,
            removedAt: row.date(at: 17),
            restoredAt: row.date(at: 18))
    }

    func loadArticle(_ id: ArticleID) throws -> StoredArticle? {
        try row(
            "SELECT \(Self.articleColumns) FROM articles a WHERE a.id = ?", [.integer(id.rawValue)],
            Self.readArticle)
    }
}
