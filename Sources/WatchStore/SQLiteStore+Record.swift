import Foundation
import LibSQLite
import WatchCore

/// `record(_:)`: everything one page changes, in one transaction.
extension SQLiteStore {
    public func record(_ observation: PageObservation) throws -> RecordOutcome {
        try transaction {
            try ensureSource(observation.sourceID, kind: observation.sourceKind)
            let facts = try facts(for: observation)
            let resolution = StoreRules.resolve(facts, sha256: observation.fingerprint.sha256, match: observation.match)
            let applied: Applied
            switch resolution {
            case .knownURL(let id): applied = try revisit(id, observation)
            case .sighting(let id):
                applied = try addSighting(of: id, observation, StoreRules.evidence(facts, match: observation.match))
            case .new: applied = try insertArticle(observation)
            }
            guard let article = try loadArticle(applied.id) else { throw StoreError.unknownArticle(applied.id) }
            try rememberText(applied.id, observation.fingerprint)
            let outcome = RecordOutcome(change: applied.change, article: article, becameCanonical: applied.becameCanonical)
            try markSeen(observation)
            try insertOutbox(observation.announce(outcome))
            return outcome
        }
    }

    /// What one branch of `record` did, before the article is read back.
    private typealias Applied = (change: RecordOutcome.Change, id: ArticleID, becameCanonical: Bool)

    func ensureSource(_ id: String, kind: SourceKind) throws {
        try run("""
            INSERT INTO sources (id, kind) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET kind = excluded.kind
            """, [.text(id), .text(kind.rawValue)])
    }

    private func facts(for observation: PageObservation) throws -> StoreRules.Facts {
        let url = observation.url
        let atURL = try rows("SELECT article_id, sha256 FROM sightings WHERE url = ? ORDER BY article_id",
                             [.text(url)]) { (id: ArticleID($0.int64(at: 0)), sha256: $0.string(at: 1) ?? "") }
        var atOriginal: ArticleID?
        if let original = observation.article.originalURL, original != url {
            atOriginal = try articleSighted(at: original)
        }
        let sameHash = try row("SELECT article_id FROM versions WHERE sha256 = ? ORDER BY article_id LIMIT 1",
                               [.text(observation.fingerprint.sha256)]) { ArticleID($0.int64(at: 0)) }
        return StoreRules.Facts(articlesAtURL: atURL, pageIsDigest: observation.itemsOnPage > 1,
                                articleWithCanonicalURL: try articleWithCanonicalURL(url),
                                articleAtOriginalURL: atOriginal, articleWithSameHash: sameHash)
    }

    private func articleWithCanonicalURL(_ url: String) throws -> ArticleID? {
        try row("SELECT id FROM articles WHERE canonical_url = ? ORDER BY id LIMIT 1", [.text(url)]) {
            ArticleID($0.int64(at: 0))
        }
    }

    /// The article fetched at `url` (a page it was seen on).
    private func articleSighted(at url: String) throws -> ArticleID? {
        try row("SELECT article_id FROM sightings WHERE url = ? ORDER BY article_id LIMIT 1", [.text(url)]) {
            ArticleID($0.int64(at: 0))
        }
    }

    /// The mirror's `原文链接` as a canonical URL for article `id` (nil for a new one), unless
    /// another article already claims it: a mirror that names its home page as the original of
    /// every copy must not tie unrelated articles together.
    private func usableOriginalURL(_ observation: PageObservation, for id: ArticleID?) throws -> String? {
        guard let original = observation.article.originalURL, original != observation.url else { return nil }
        let claimant = try articleWithCanonicalURL(original)
        return claimant == nil || claimant == id ? original : nil
    }

    /// A URL already carrying the article: unchanged text, or a new version.
    private func revisit(_ id: ArticleID, _ observation: PageObservation) throws -> Applied {
        guard let article = try loadArticle(id) else { throw StoreError.unknownArticle(id) }
        let lastSHA = try row("SELECT sha256 FROM sightings WHERE article_id = ? AND url = ?",
                              [.integer(id.rawValue), .text(observation.url)]) { $0.string(at: 0) }
        let sha = observation.fingerprint.sha256
        guard lastSHA != sha else {
            return (.unchanged, id, false)
        }
        let version = article.currentVersion + 1
        try insertVersion(id, number: version, observation)
        let extracted = observation.article
        try run("""
            UPDATE articles SET title = ?, body = ?, sha256 = ?, simhash = ?, numbers = ?, current_version = ?,
                published = coalesce(?, published), publisher = coalesce(?, publisher),
                document_number = coalesce(?, document_number), attachments = ?
            WHERE id = ?
            """, [.text(extracted.title), .text(extracted.body), .text(sha), .simhash(observation.fingerprint.simhash),
                  .text(ColumnCoding.numbers(observation.fingerprint.numbers)), .integer(Int64(version)),
                  .optionalDate(extracted.published), .optionalText(extracted.publisher),
                  .optionalText(extracted.documentNumber), .text(try ColumnCoding.attachments(extracted.attachments)),
                  .integer(id.rawValue)])
        try run("UPDATE sightings SET sha256 = ? WHERE article_id = ? AND url = ?",
                [.text(sha), .integer(id.rawValue), .text(observation.url)])
        return (.newVersion(version), id, false)
    }

    /// A known article at a new URL; a bureau page becomes its canonical URL.
    private func addSighting(of id: ArticleID, _ observation: PageObservation, _ evidence: MatchEvidence) throws -> Applied {
        guard let article = try loadArticle(id) else { throw StoreError.unknownArticle(id) }
        let currentIsBureauPage = try article.canonicalURL.map { canonical in
            try row("SELECT 1 FROM sightings WHERE article_id = ? AND url = ? AND kind = 'bureau'",
                    [.integer(id.rawValue), .text(canonical)]) { _ in true } ?? false
        } ?? false
        try insertSighting(id, observation, evidence)
        let canonical = StoreRules.canonicalURL(
            current: article.canonicalURL, currentIsBureauPage: currentIsBureauPage, sightingURL: observation.url,
            kind: observation.sourceKind, originalURL: try usableOriginalURL(observation, for: id))
        if canonical != article.canonicalURL {
            try run("UPDATE articles SET canonical_url = ? WHERE id = ?", [.optionalText(canonical), .integer(id.rawValue)])
        }
        return (.newSighting, id, observation.sourceKind == .bureau && !currentIsBureauPage)
    }

    private func insertArticle(_ observation: PageObservation) throws -> Applied {
        let extracted = observation.article
        let fingerprint = observation.fingerprint
        let canonical = StoreRules.canonicalURL(current: nil, currentIsBureauPage: false, sightingURL: observation.url,
                                                kind: observation.sourceKind,
                                                originalURL: try usableOriginalURL(observation, for: nil))
        try run("""
            INSERT INTO articles (short_id, title, published, publisher, document_number, body, attachments,
                sha256, simhash, numbers, canonical_url, first_url, first_source, first_seen)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [.text(fingerprint.shortID), .text(extracted.title), .optionalDate(extracted.published),
                  .optionalText(extracted.publisher), .optionalText(extracted.documentNumber), .text(extracted.body),
                  .text(try ColumnCoding.attachments(extracted.attachments)), .text(fingerprint.sha256),
                  .simhash(fingerprint.simhash), .text(ColumnCoding.numbers(fingerprint.numbers)),
                  .optionalText(canonical), .text(observation.url), .text(observation.sourceID),
                  .date(observation.fetchedAt)])
        let id = ArticleID(database.lastInsertRowID)
        try insertVersion(id, number: 1, observation)
        try insertSighting(id, observation, .first)
        return (.newArticle, id, observation.sourceKind == .bureau)
    }

    /// Keeps the fingerprint of a text the article was seen with (once per distinct text).
    private func rememberText(_ id: ArticleID, _ fingerprint: ContentFingerprint) throws {
        try run("""
            INSERT INTO article_texts (article_id, sha256, simhash, numbers, sketch) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (article_id, sha256) DO NOTHING
            """, [.integer(id.rawValue), .text(fingerprint.sha256), .simhash(fingerprint.simhash),
                  .text(ColumnCoding.numbers(fingerprint.numbers)), .text(ColumnCoding.sketch(fingerprint.sketch))])
    }

    private func insertVersion(_ id: ArticleID, number: Int, _ observation: PageObservation) throws {
        try run("""
            INSERT INTO versions (article_id, version, sha256, title, body, fetched_at) VALUES (?, ?, ?, ?, ?, ?)
            """, [.integer(id.rawValue), .integer(Int64(number)), .text(observation.fingerprint.sha256),
                  .text(observation.article.title), .text(observation.article.body), .date(observation.fetchedAt)])
    }

    private func insertSighting(_ id: ArticleID, _ observation: PageObservation, _ evidence: MatchEvidence) throws {
        let match = evidence.stored
        try run("""
            INSERT INTO sightings (article_id, url, source_id, kind, seen_at, sha256, match_kind, match_measure)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (article_id, url) DO UPDATE SET sha256 = excluded.sha256
            """, [.integer(id.rawValue), .text(observation.url), .text(observation.sourceID),
                  .text(observation.sourceKind.rawValue), .date(observation.fetchedAt),
                  .text(observation.fingerprint.sha256), .text(match.kind), match.measure.map(SQLiteValue.real) ?? .null])
    }

    /// The URL answered 200: its run of 404/410 answers ends, and its validators are kept.
    private func markSeen(_ observation: PageObservation) throws {
        let validators = observation.validators
        try run("""
            INSERT INTO seen_urls (url, source_id, first_seen, last_status, gone_count, etag, last_modified)
            VALUES (?1, ?2, ?3, 200, 0, ?4, ?5)
            ON CONFLICT (url) DO UPDATE SET last_status = 200, gone_count = 0,
                source_id = coalesce(seen_urls.source_id, excluded.source_id),
                etag = iif(?6, excluded.etag, seen_urls.etag),
                last_modified = iif(?6, excluded.last_modified, seen_urls.last_modified)
            """, [.text(observation.url), .text(observation.sourceID), .date(observation.fetchedAt),
                  .optionalText(validators?.etag), .optionalText(validators?.lastModified), .bool(validators != nil)])
    }
}
