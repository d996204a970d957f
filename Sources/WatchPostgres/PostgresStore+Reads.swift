import Foundation
import PostgresNIO
import WatchCore

/// Reads for the CLI, the scheduler and the dedup index.
extension PostgresStore {
    public func hasArticle(at url: String) async throws -> Bool {
        try await read { db in
            try await db.row("SELECT 1 FROM sightings WHERE url = \(url) LIMIT 1") { _ in true } ?? false
        }
    }

    public func articlesDueForRecheck(_ scope: RecheckScope, firstSeenAfter: Date) async throws -> [String] {
        try await recheckTargets(scope, firstSeenAfter: firstSeenAfter).map(\.url)
    }

    public func recheckTargets(_ scope: RecheckScope, firstSeenAfter: Date) async throws -> [RecheckTarget] {
        guard scope.adoptedURLPrefixes.isEmpty else {
            return try await adoptingRecheckTargets(scope, firstSeenAfter: firstSeenAfter)
        }
        let statement = Prepared<PollStatements.RecheckTargets> {
            $0.append(scope.sourceID)
            $0.append(StoreValues.seconds(firstSeenAfter))
        }
        return try await read { db in try await db.rows(statement) { try Self.recheckTarget(from: $0) } }
            .compactMap { $0 }
    }

    /// The recheck of a source that adopts the orphans of renamed sources: its own sightings and
    /// those under its URL prefixes whose source is no longer configured. Planned each time, as
    /// few sources adopt. The configured ids are an anti-join: `<> ALL (ids)` compared every
    /// sighting with every id (6.8 s at 10 000 sources and 50 000 articles). The configured ids
    /// are sent only here: every poll sending every source's id made a cycle O(sources²) in bytes
    /// bound and sent. Each of these 304s is recorded: an orphan may be any source's sighting too.
    /// A sighting whose source some process is polling now is not an orphan, whatever this
    /// daemon's config says (another config, or a reload under way): that poll may leave its 304s
    /// unrecorded (`RecheckTarget.needsNotModifiedRecord`), and the 404s met here meanwhile would
    /// make a run they broke.
    private func adoptingRecheckTargets(_ scope: RecheckScope, firstSeenAfter: Date) async throws -> [RecheckTarget] {
        let since = StoreValues.seconds(firstSeenAfter)
        let now = StoreValues.seconds(clock.now)
        let targets = try await read { db in
            try await db.rows(
                """
                SELECT due.url, v.etag, v.last_modified, true FROM (
                    SELECT url, min(first_seen) AS first_seen FROM (
                        SELECT s.url, a.first_seen FROM sightings s JOIN articles a ON a.id = s.article_id
                        WHERE s.source_id = \(scope.sourceID) AND a.first_seen >= \(since)
                        UNION ALL
                        SELECT s.url, a.first_seen FROM articles a JOIN sightings s ON s.article_id = a.id
                        WHERE a.first_seen >= \(since)
                            AND NOT EXISTS (SELECT 1 FROM unnest(\(scope.configuredSourceIDs)::text[]) AS c (id)
                                            WHERE c.id = s.source_id)
                            AND EXISTS (SELECT 1 FROM unnest(\(scope.adoptedURLPrefixes)::text[]) AS p (prefix)
                                        WHERE left(s.url, length(p.prefix)) = p.prefix)
                            AND NOT EXISTS (SELECT 1 FROM sources held WHERE held.id = s.source_id
                                            AND held.lease_expires_at > \(now))) AS sighted
                    GROUP BY url) AS due
                LEFT JOIN seen_urls v ON v.url = due.url
                ORDER BY due.first_seen, due.url
                """
            ) { try Self.recheckTarget(from: $0) }
        }
        return targets.compactMap { $0 }
    }

    /// The recheck target in a row's columns from `column` on (url, etag, last_modified, whether
    /// a 304 must be recorded); nil when the url is NULL (a claimed source without targets).
    static func recheckTarget(from row: StoreRow, at column: Int = 0) throws -> RecheckTarget? {
        guard let url = try row.string(column) else { return nil }
        let validators = Validators(etag: try row.string(column + 1), lastModified: try row.string(column + 2))
        return RecheckTarget(
            url: url, validators: validators.isEmpty ? nil : validators,
            needsNotModifiedRecord: try row.bool(column + 3))
    }

    public func sourceIDsWithArticles() async throws -> [String] {
        try await read { db in
            try await db.rows("SELECT DISTINCT source_id FROM sightings ORDER BY source_id") { try $0.string(0) ?? "" }
        }
    }

    public func mirrors(of ids: [ArticleID]) async throws -> [ArticleID: [String]] {
        let rows = try await read { db in
            try await db.rows(
                """
                SELECT s.article_id, s.url FROM sightings s JOIN articles a ON a.id = s.article_id
                WHERE s.article_id = ANY (\(ids.map(\.rawValue))::bigint[]) AND s.kind = 'mirror'
                    AND s.url IS DISTINCT FROM a.canonical_url
                ORDER BY s.article_id, s.seen_at, s.id
                """
            ) { (try $0.articleID(0), try $0.string(1) ?? "") }
        }
        var mirrors: [ArticleID: [String]] = [:]
        for (id, url) in rows { mirrors[id, default: []].append(url) }
        return mirrors
    }

    public func latestArticles(limit: Int) async throws -> [StoredArticle] {
        try await read { db in
            try await db.rows(
                """
                SELECT \(unescaped: Self.articleColumns) FROM articles a ORDER BY a.first_seen DESC, a.id DESC LIMIT \(limit)
                """, Self.readArticle)
        }
    }

    public func articles(matching query: ArticleQuery) async throws -> [StoredArticle] {
        try await read { db in try await db.rows(Self.statement(matching: query), Self.readArticle) }
    }

    /// `articles(matching:)`'s statement. The source's filter is left out, not written as
    /// `$1 IS NULL OR a.id IN (…)`: the OR kept the planner from a semi-join on the source's
    /// sightings, and every source's feed read every article.
    static func statement(matching query: ArticleQuery) -> PostgresQuery {
        var sql = PostgresQuery.StringInterpolation(literalCapacity: 640, interpolationCount: 4)
        sql.appendLiteral("SELECT \(articleColumns) FROM articles a WHERE ")
        if let sourceID = query.sourceID {
            sql.appendLiteral("a.id IN (SELECT s.article_id FROM sightings s WHERE s.source_id = ")
            sql.appendInterpolation(sourceID)
            sql.appendLiteral(") AND ")
        }
        sql.appendLiteral("coalesce(a.published, a.first_seen) >= ")
        sql.appendInterpolation(StoreValues.seconds(query.since) ?? -.infinity)
        sql.appendLiteral(" AND coalesce(a.published, a.first_seen) < ")
        sql.appendInterpolation(StoreValues.seconds(query.until) ?? .infinity)
        sql.appendLiteral(" ORDER BY a.published IS NULL, a.published DESC, a.first_seen DESC, a.id DESC LIMIT ")
        sql.appendInterpolation(max(0, query.limit))
        return PostgresQuery(stringInterpolation: sql)
    }

    public func article(id: ArticleID) async throws -> StoredArticle? {
        try await read { db in try await loadArticle(id, db) }
    }

    public func article(shortID: String) async throws -> ArticleDetail? {
        let prefix = shortID.lowercased()
        guard !prefix.isEmpty, prefix.allSatisfy(\.isHexDigit) else { return nil }
        return try await read { db in
            // A range on the unique index (byte order, `COLLATE "C"`): every id with this prefix
            // sorts between the prefix and the prefix followed by "~". An ambiguous prefix finds nothing.
            let matches = try await db.rows(
                """
                SELECT \(unescaped: Self.articleColumns) FROM articles a
                WHERE a.short_id >= \(prefix) AND a.short_id < \(prefix + "~") ORDER BY a.short_id LIMIT 2
                """, Self.readArticle)
            guard
                let article = matches.first(where: { $0.shortID == prefix }) ?? (matches.count == 1 ? matches[0] : nil)
            else { return nil }
            return try await detail(of: article, db)
        }
    }

    private func detail(of article: StoredArticle, _ db: PostgresSession) async throws -> ArticleDetail {
        let id = article.id.rawValue
        let sightings = try await db.rows(
            """
            SELECT url, source_id, kind, seen_at, match_kind, match_measure FROM sightings
            WHERE article_id = \(id) ORDER BY seen_at, id
            """
        ) {
            Sighting(
                url: try $0.string(0) ?? "", sourceID: try $0.string(1) ?? "", kind: try $0.sourceKind(2),
                seenAt: try $0.date(3) ?? article.firstSeen,
                match: MatchEvidence(kind: try $0.string(4), measure: try $0.double(5)))
        }
        let versions = try await db.rows(
            """
            SELECT version, sha256, title, body, fetched_at FROM versions WHERE article_id = \(id) ORDER BY version
            """
        ) {
            ArticleVersion(
                number: try $0.int(0), sha256: try $0.string(1) ?? "", title: try $0.string(2) ?? "",
                body: try $0.string(3) ?? "", fetchedAt: try $0.date(4) ?? article.firstSeen)
        }
        return ArticleDetail(article: article, sightings: sightings, versions: versions)
    }

    /// `ILIKE '%…%'` on title and body: the trigram indexes serve it from three characters on;
    /// shorter text is the same query, scanned.
    public func search(_ text: String, limit: Int) async throws -> [StoredArticle] {
        let needle = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !needle.isEmpty else { return [] }
        let pattern = StoredText.containsPattern(needle)
        return try await read { db in
            try await db.rows(
                """
                SELECT \(unescaped: Self.articleColumns) FROM articles a
                WHERE a.title ILIKE \(pattern) OR a.body ILIKE \(pattern)
                ORDER BY a.id DESC LIMIT \(limit)
                """, Self.readArticle)
        }
    }

    public func fingerprints(after: ArticleID?, limit: Int) async throws -> [StoredFingerprint] {
        try await read { db in
            try await db.rows(
                """
                SELECT article_id, sha256, simhash, numbers, sketch FROM article_texts
                WHERE article_id IN (SELECT id FROM articles WHERE id > \(after?.rawValue ?? 0) ORDER BY id LIMIT \(limit))
                ORDER BY article_id, sha256
                """
            ) {
                StoredFingerprint(
                    articleID: try $0.articleID(0),
                    fingerprint: ContentFingerprint(
                        sha256: try $0.string(1) ?? "", simhash: try $0.simhash(2),
                        numbers: try $0.strings(3), sketch: try $0.sketch(4)))
            }
        }
    }

    public func statistics() async throws -> StoreStatistics {
        try await read { db in
            try await db.row(
                """
                SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM sightings), (SELECT count(*) FROM versions),
                    (SELECT count(*) FROM seen_urls), (SELECT count(*) FROM outbox)
                """
            ) {
                StoreStatistics(
                    articles: try $0.int(0), sightings: try $0.int(1), versions: try $0.int(2),
                    seenURLs: try $0.int(3), outboxEntries: try $0.int(4))
            } ?? StoreStatistics(articles: 0, sightings: 0, versions: 0, seenURLs: 0, outboxEntries: 0)
        }
    }
}
