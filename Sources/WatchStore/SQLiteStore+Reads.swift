import Foundation
import LibSQLite
import WatchCore

/// Reads for the CLI, the scheduler and the dedup index.
extension SQLiteStore {
    public func hasArticle(at url: String) throws -> Bool {
        try row("SELECT 1 FROM sightings WHERE url = ? LIMIT 1", [.text(url)]) { _ in true } ?? false
    }

    public func articlesDueForRecheck(_ scope: RecheckScope, firstSeenAfter: Date) throws -> [String] {
        // Removed articles too: a page that comes back restores its article. The source's own
        // sightings come by its index; the second branch, which must look at every sighting of
        // the window, runs only when the source adopts an orphaned source's URLs (`?4` not
        // empty: SQLite evaluates that constant term once and skips the branch). One query
        // with an OR scanned every sighting on every poll, O(sources²) per cycle.
        let adopting = !scope.adoptedURLPrefixes.isEmpty
        return try rows(
            """
            SELECT url FROM (
                SELECT s.url, a.first_seen FROM sightings s JOIN articles a ON a.id = s.article_id
                WHERE s.source_id = ?1 AND a.first_seen >= ?2
                UNION ALL
                SELECT s.url, a.first_seen FROM articles a JOIN sightings s ON s.article_id = a.id
                WHERE ?4 <> '[]' AND a.first_seen >= ?2 AND s.source_id NOT IN (SELECT value FROM json_each(?3))
                    AND EXISTS (SELECT 1 FROM json_each(?4) p WHERE substr(s.url, 1, length(p.value)) = p.value))
            GROUP BY url ORDER BY min(first_seen), url
            """,
            [
                .text(scope.sourceID), .date(firstSeenAfter),
                .text(adopting ? try Self.jsonArray(scope.configuredSourceIDs) : "[]"),
                .text(adopting ? try Self.jsonArray(scope.adoptedURLPrefixes) : "[]"),
            ]
        ) { $0.string(at: 0) ?? "" }
    }

    public func sourceIDsWithArticles() throws -> [String] {
        try rows("SELECT DISTINCT source_id FROM sightings ORDER BY source_id") { $0.string(at: 0) ?? "" }
    }

    public func mirrors(of ids: [ArticleID]) throws -> [ArticleID: [String]] {
        let rows = try rows(
            """
            SELECT s.article_id, s.url FROM sightings s JOIN articles a ON a.id = s.article_id
            WHERE s.article_id IN (SELECT value FROM json_each(?)) AND s.kind = 'mirror' AND s.url IS NOT a.canonical_url
            ORDER BY s.article_id, s.seen_at, s.id
            """, [.text("[" + ids.map { String($0.rawValue) }.joined(separator: ",") + "]")]
        ) {
            (ArticleID($0.int64(at: 0)), $0.string(at: 1) ?? "")
        }
        var mirrors: [ArticleID: [String]] = [:]
        for (id, url) in rows { mirrors[id, default: []].append(url) }
        return mirrors
    }

    private static func jsonArray(_ strings: [String]) throws -> String {
        String(decoding: try JSONEncoder().encode(strings), as: UTF8.self)
    }

    public func latestArticles(limit: Int) throws -> [StoredArticle] {
        try rows(
            "SELECT \(Self.articleColumns) FROM articles a ORDER BY a.first_seen DESC, a.id DESC LIMIT ?",
            [.integer(Int64(limit))], Self.readArticle)
    }

    public func articles(matching query: ArticleQuery) throws -> [StoredArticle] {
        // With a source, the source's sightings (by their index) pick the rows: the per-source
        // feed asks after every poll, and a test on every article's sightings read the whole
        // articles table each time (O(sources × articles) per cycle).
        let source =
            query.sourceID == nil
            ? "?1 IS NULL" : "a.id IN (SELECT s.article_id FROM sightings s WHERE s.source_id = ?1)"
        return try rows(
            """
            SELECT \(Self.articleColumns) FROM articles a
            WHERE \(source)
                AND (?2 IS NULL OR coalesce(a.published, a.first_seen) >= ?2)
                AND (?3 IS NULL OR coalesce(a.published, a.first_seen) < ?3)
            ORDER BY a.published IS NULL, a.published DESC, a.first_seen DESC, a.id DESC LIMIT ?4
            """,
            [
                query.sourceID.map { .text($0) } ?? .null, .optionalDate(query.since), .optionalDate(query.until),
                .integer(Int64(max(0, query.limit))),
            ], Self.readArticle)
    }

    public func article(id: ArticleID) throws -> StoredArticle? {
        try loadArticle(id)
    }

    public func article(shortID: String) throws -> ArticleDetail? {
        let prefix = shortID.lowercased()
        guard !prefix.isEmpty, prefix.allSatisfy(\.isHexDigit) else { return nil }
        // A range on the unique index: every id with this prefix sorts between the prefix and the
        // prefix followed by "~" (after every hex digit). An ambiguous prefix finds nothing.
        let matches = try rows(
            """
            SELECT \(Self.articleColumns) FROM articles a WHERE a.short_id >= ?1 AND a.short_id < ?1 || '~'
            ORDER BY a.short_id LIMIT 2
            """, [.text(prefix)], Self.readArticle)
        guard let article = matches.first(where: { $0.shortID == prefix }) ?? (matches.count == 1 ? matches[0] : nil)
        else { return nil }
        return try detail(of: article)
    }

    private func detail(of article: StoredArticle) throws -> ArticleDetail {
        let id = Int64(article.id.rawValue)
        let sightings = try rows(
            """
            SELECT url, source_id, kind, seen_at, match_kind, match_measure FROM sightings
            WHERE article_id = ? ORDER BY seen_at, id
            """, [.integer(id)]
        ) {
            Sighting(
                url: $0.string(at: 0) ?? "", sourceID: $0.string(at: 1) ?? "", kind: try $0.sourceKind(at: 2),
                seenAt: $0.date(at: 3) ?? article.firstSeen,
                match: MatchEvidence(kind: $0.string(at: 4), measure: $0.isNull(at: 5) ? nil : $0.double(at: 5)))
        }
        let versions = try rows(
            """
            SELECT version, sha256, title, body, fetched_at FROM versions WHERE article_id = ? ORDER BY version
            """, [.integer(id)]
        ) {
            ArticleVersion(
                number: $0.int(at: 0), sha256: $0.string(at: 1) ?? "", title: $0.string(at: 2) ?? "",
                body: $0.string(at: 3) ?? "", fetchedAt: $0.date(at: 4) ?? article.firstSeen)
        }
        return ArticleDetail(article: article, sightings: sightings, versions: versions)
    }

    public func search(_ text: String, limit: Int) throws -> [StoredArticle] {
        let needle = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !needle.isEmpty else { return [] }
        guard needle.unicodeScalars.count >= SearchQuery.trigramLength else {
            return try rows(
                """
                SELECT \(Self.articleColumns) FROM articles a
                WHERE a.title LIKE ?1 ESCAPE '\\' OR a.body LIKE ?1 ESCAPE '\\'
                ORDER BY a.id DESC LIMIT ?2
                """, [.text(StoredText.containsPattern(needle)), .integer(Int64(limit))], Self.readArticle)
        }
        return try rows(
            """
            SELECT \(Self.articleColumns) FROM articles_fts f JOIN articles a ON a.id = f.rowid
            WHERE articles_fts MATCH ? ORDER BY f.rowid DESC LIMIT ?
            """, [.text(SearchQuery.phrase(needle)), .integer(Int64(limit))], Self.readArticle)
    }

    public func fingerprints(after: ArticleID?, limit: Int) throws -> [StoredFingerprint] {
        try rows(
            """
            SELECT article_id, sha256, simhash, numbers, sketch FROM article_texts
            WHERE article_id IN (SELECT id FROM articles WHERE id > ? ORDER BY id LIMIT ?)
            ORDER BY article_id, sha256
            """, [.integer(after?.rawValue ?? 0), .integer(Int64(limit))]
        ) {
            StoredFingerprint(
                articleID: ArticleID($0.int64(at: 0)),
                fingerprint: ContentFingerprint(
                    sha256: $0.string(at: 1) ?? "",
                    simhash: UInt64(bitPattern: $0.int64(at: 2)),
                    numbers: ColumnCoding.numbers(from: $0.string(at: 3) ?? ""),
                    sketch: ColumnCoding.sketch(from: $0.string(at: 4))))
        }
    }

    public func statistics() throws -> StoreStatistics {
        try row(
            """
            SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM sightings), (SELECT count(*) FROM versions),
                (SELECT count(*) FROM seen_urls), (SELECT count(*) FROM outbox)
            """
        ) {
            StoreStatistics(
                articles: $0.int(at: 0), sightings: $0.int(at: 1), versions: $0.int(at: 2),
                seenURLs: $0.int(at: 3), outboxEntries: $0.int(at: 4))
        } ?? StoreStatistics(articles: 0, sightings: 0, versions: 0, seenURLs: 0, outboxEntries: 0)
    }
}
