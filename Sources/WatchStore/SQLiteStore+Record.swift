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
            var applied: Applied
            switch resolution {
            case .knownURL(let id): applied = try revisit(id, observation)
            case .sighting(let id):
                applied = try addSighting(of: id, observation, StoreRules.evidence(facts, match: observation.match))
            case .new: applied = try insertArticle(observation)
            }
            let sameURL = resolution == .knownURL(applied.id)
            if try loadArticle(applied.id)?.removed == true, try seenAgain(observation, atKnownURL: sameURL) {
                applied = try restore(applied, observation, sameURL: sameURL)
            }
            guard let article = try loadArticle(applied.id) else { throw StoreError.unknownArticle(applied.id) }
            if applied.change != .unchanged { try rememberText(applied.id, observation.fingerprint) }
            var outcome = RecordOutcome(
                change: applied.change, article: article, becameCanonical: applied.becameCanonical,
                mirrors: try mirrorURLs(of: article), versionCapped: applied.capped)
            if article.currentVersion > 1 {
                outcome.previousBody = try versionBody(article.id, number: article.currentVersion - 1)
            }
            // A text kept as a candidate keeps the old validators: with the page's new ones the
            // next poll would get a 304 and never see the text a second time.
            let recorded = try sightingSHA(article.id, observation.url)
            let waiting = applied.change == .unchanged && observation.fingerprint.sha256 != recorded
            try markSeen(observation, validators: waiting ? nil : observation.validators)
            try insertOutbox(observation.announce(outcome))
            return outcome
        }
    }

    /// What one branch of `record` did, before the article is read back.
    typealias Applied = (change: RecordOutcome.Change, id: ArticleID, becameCanonical: Bool, capped: Bool)

    func ensureSource(_ id: String, kind: SourceRole) throws {
        try run(
            """
            INSERT INTO sources (id, kind) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET kind = excluded.kind
            """, [.text(id), .text(kind.rawValue)])
    }

    private func facts(for observation: PageObservation) throws -> StoreRules.Facts {
        let url = observation.url
        let atURL = try rows(
            "SELECT article_id, sha256 FROM sightings WHERE url = ? ORDER BY article_id",
            [.text(url)]
        ) { (id: ArticleID($0.int64(at: 0)), sha256: $0.string(at: 1) ?? "") }
        var atOriginal: ArticleID?
        if let original = observation.article.originalURL, original != url {
            atOriginal = try articleSighted(at: original)
        }
        let sameHash = try row(
            "SELECT article_id FROM versions WHERE sha256 = ? ORDER BY article_id LIMIT 1",
            [.text(observation.fingerprint.sha256)]
        ) { ArticleID($0.int64(at: 0)) }
        return StoreRules.Facts(
            articlesAtURL: atURL, pageIsDigest: observation.itemsOnPage > 1,
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

    /// A URL already carrying the article: unchanged text, a new text kept as the sighting's
    /// candidate, or (the candidate seen again) a new version.
    private func revisit(_ id: ArticleID, _ observation: PageObservation) throws -> Applied {
        guard let article = try loadArticle(id) else { throw StoreError.unknownArticle(id) }
        let key: [SQLiteValue] = [.integer(id.rawValue), .text(observation.url)]
        let texts = try row("SELECT sha256, pending_sha256 FROM sightings WHERE article_id = ? AND url = ?", key) {
            (last: $0.string(at: 0), pending: $0.string(at: 1))
        }
        let sha = observation.fingerprint.sha256
        // A removed article keeps its last text: `restore` decides about the new one.
        guard texts?.last != sha, !article.removed else {
            try setPending(nil, id, observation.url)
            return (.unchanged, id, false, false)
        }
        guard texts?.pending == sha else {
            try setPending(sha, id, observation.url)
            return (.unchanged, id, false, false)
        }
        guard try versionsInWindow(id, before: observation.fetchedAt) < StoreRules.maxVersionsPerDay else {
            return (.unchanged, id, false, true) // the candidate waits until the window has room
        }
        return (.newVersion(try applyVersion(article, observation)), id, false, false)
    }

    /// Makes the observed text the article's next version (this URL's text too); returns its number.
    private func applyVersion(_ article: StoredArticle, _ observation: PageObservation) throws -> Int {
        let id = article.id
        let sha = observation.fingerprint.sha256
        let version = article.currentVersion + 1
        try insertVersion(id, number: version, observation)
        let extracted = observation.article
        try run(
            """
            UPDATE articles SET title = ?, body = ?, sha256 = ?, simhash = ?, numbers = ?, current_version = ?,
                published = coalesce(?, published), publisher = coalesce(?, publisher),
                document_number = coalesce(?, document_number), attachments = ?
            WHERE id = ?
            """,
            [
                .text(extracted.title), .text(extracted.body), .text(sha), .simhash(observation.fingerprint.simhash),
                .text(ColumnCoding.numbers(observation.fingerprint.numbers)), .integer(Int64(version)),
                .optionalDate(extracted.published), .optionalText(extracted.publisher),
                .optionalText(extracted.documentNumber), .text(try StoredText.attachments(extracted.attachments)),
                .integer(id.rawValue),
            ])
        try run(
            "UPDATE sightings SET sha256 = ?, pending_sha256 = NULL WHERE article_id = ? AND url = ?",
            [.text(sha), .integer(id.rawValue), .text(observation.url)])
        return version
    }

    /// The body of one stored version.
    private func versionBody(_ id: ArticleID, number: Int) throws -> String? {
        try row(
            "SELECT body FROM versions WHERE article_id = ? AND version = ?",
            [.integer(id.rawValue), .integer(Int64(number))]
        ) { $0.string(at: 0) } ?? nil
    }

    /// The text last recorded for the article at `url`.
    private func sightingSHA(_ id: ArticleID, _ url: String) throws -> String? {
        try row("SELECT sha256 FROM sightings WHERE article_id = ? AND url = ?", [.integer(id.rawValue), .text(url)]) {
            $0.string(at: 0)
        } ?? nil
    }

    private func setPending(_ sha: String?, _ id: ArticleID, _ url: String) throws {
        try run(
            "UPDATE sightings SET pending_sha256 = ? WHERE article_id = ? AND url = ?",
            [.optionalText(sha), .integer(id.rawValue), .text(url)])
    }

    /// Versions after the first made within `StoreRules.versionCapWindow` before `date`.
    private func versionsInWindow(_ id: ArticleID, before date: Date) throws -> Int {
        try row(
            "SELECT count(*) FROM versions WHERE article_id = ? AND version > 1 AND fetched_at > ?",
            [.integer(id.rawValue), .date(date.addingTimeInterval(-StoreRules.versionCapWindow))]
        ) {
            $0.int(at: 0)
        } ?? 0
    }

    /// A removed article seen again: no longer removed; its text becomes a version when it changed
    /// (at its own URL, or on a bureau page: a mirror's copy differs by its boilerplate).
    private func restore(_ applied: Applied, _ observation: PageObservation, sameURL: Bool) throws -> Applied {
        guard let article = try loadArticle(applied.id) else { throw StoreError.unknownArticle(applied.id) }
        // Republished on a bureau page at a new URL: that page is the live one now.
        let canonical = !sameURL && observation.sourceKind == .bureau ? observation.url : article.canonicalURL
        try run(
            "UPDATE articles SET removed = 0, removed_at = NULL, restored_at = ?, canonical_url = ? WHERE id = ?",
            [.date(observation.fetchedAt), .optionalText(canonical), .integer(article.id.rawValue)])
        let changed = article.fingerprint.sha256 != observation.fingerprint.sha256
        let version =
            changed && (sameURL || observation.sourceKind == .bureau)
            ? try applyVersion(article, observation) : nil
        return (.restored(version: version), article.id, applied.becameCanonical, false)
    }

    /// Whether a page of a removed article brings it back: its own URL answering after it answered
    /// gone, or a bureau page at a new URL. A mirror that never stopped serving its copy does not.
    private func seenAgain(_ observation: PageObservation, atKnownURL: Bool) throws -> Bool {
        guard atKnownURL else { return observation.sourceKind == .bureau }
        let gone = try row("SELECT gone_count FROM seen_urls WHERE url = ?", [.text(observation.url)]) { $0.int(at: 0) }
        return (gone ?? 0) > 0
    }

    /// The article's mirror pages other than its canonical URL, oldest first.
    func mirrorURLs(of article: StoredArticle) throws -> [String] {
        try rows(
            """
            SELECT url FROM sightings WHERE article_id = ? AND kind = 'mirror' AND url IS NOT ? ORDER BY seen_at, id
            """, [.integer(article.id.rawValue), .optionalText(article.canonicalURL)]
        ) { $0.string(at: 0) ?? "" }
    }

    /// A known article at a new URL; a bureau page becomes its canonical URL.
    private func addSighting(of id: ArticleID, _ observation: PageObservation, _ evidence: MatchEvidence) throws
        -> Applied
    {
        guard let article = try loadArticle(id) else { throw StoreError.unknownArticle(id) }
        let currentIsBureauPage =
            try article.canonicalURL.map { canonical in
                try row(
                    "SELECT 1 FROM sightings WHERE article_id = ? AND url = ? AND kind = 'bureau'",
                    [.integer(id.rawValue), .text(canonical)]
                ) { _ in true } ?? false
            } ?? false
        try insertSighting(id, observation, evidence)
        let canonical = StoreRules.canonicalURL(
            current: article.canonicalURL, currentIsBureauPage: currentIsBureauPage, sightingURL: observation.url,
            kind: observation.sourceKind, originalURL: try usableOriginalURL(observation, for: id))
        if canonical != article.canonicalURL {
            try run(
                "UPDATE articles SET canonical_url = ? WHERE id = ?", [.optionalText(canonical), .integer(id.rawValue)])
        }
        return (.newSighting, id, observation.sourceKind == .bureau && !currentIsBureauPage, false)
    }

    private func insertArticle(_ observation: PageObservation) throws -> Applied {
        let extracted = observation.article
        let fingerprint = observation.fingerprint
        let canonical = StoreRules.canonicalURL(
            current: nil, currentIsBureauPage: false, sightingURL: observation.url,
            kind: observation.sourceKind,
            originalURL: try usableOriginalURL(observation, for: nil))
        try run(
            """
            INSERT INTO articles (short_id, title, published, publisher, document_number, body, attachments,
                sha256, simhash, numbers, canonical_url, first_url, first_source, first_seen)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                .text(fingerprint.shortID), .text(extracted.title), .optionalDate(extracted.published),
                .optionalText(extracted.publisher), .optionalText(extracted.documentNumber), .text(extracted.body),
                .text(try StoredText.attachments(extracted.attachments)), .text(fingerprint.sha256),
                .simhash(fingerprint.simhash), .text(ColumnCoding.numbers(fingerprint.numbers)),
                .optionalText(canonical), .text(observation.url), .text(observation.sourceID),
                .date(observation.fetchedAt),
            ])
        let id = ArticleID(database.lastInsertRowID)
        try insertVersion(id, number: 1, observation)
        try insertSighting(id, observation, .first)
        return (.newArticle, id, observation.sourceKind == .bureau, false)
    }

    /// Keeps the fingerprint of a text the article was seen with (once per distinct text).
    private func rememberText(_ id: ArticleID, _ fingerprint: ContentFingerprint) throws {
        try run(
            """
            INSERT INTO article_texts (article_id, sha256, simhash, numbers, sketch) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (article_id, sha256) DO NOTHING
            """,
            [
                .integer(id.rawValue), .text(fingerprint.sha256), .simhash(fingerprint.simhash),
                .text(ColumnCoding.numbers(fingerprint.numbers)), .text(ColumnCoding.sketch(fingerprint.sketch)),
            ])
    }

    private func insertVersion(_ id: ArticleID, number: Int, _ observation: PageObservation) throws {
        try run(
            """
            INSERT INTO versions (article_id, version, sha256, title, body, fetched_at) VALUES (?, ?, ?, ?, ?, ?)
            """,
            [
                .integer(id.rawValue), .integer(Int64(number)), .text(observation.fingerprint.sha256),
                .text(observation.article.title), .text(observation.article.body), .date(observation.fetchedAt),
            ])
    }

    private func insertSighting(_ id: ArticleID, _ observation: PageObservation, _ evidence: MatchEvidence) throws {
        let match = evidence.stored
        try run(
            """
            INSERT INTO sightings (article_id, url, source_id, kind, seen_at, sha256, match_kind, match_measure)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (article_id, url) DO UPDATE SET sha256 = excluded.sha256
            """,
            [
                .integer(id.rawValue), .text(observation.url), .text(observation.sourceID),
                .text(observation.sourceKind.rawValue), .date(observation.fetchedAt),
                .text(observation.fingerprint.sha256), .text(match.kind), match.measure.map(SQLiteValue.real) ?? .null,
            ])
    }

    /// The URL answered 200: its run of 404/410 answers ends, and its validators are kept.
    private func markSeen(_ observation: PageObservation, validators: Validators?) throws {
        try run(
            """
            INSERT INTO seen_urls (url, source_id, first_seen, last_status, gone_count, etag, last_modified)
            VALUES (?1, ?2, ?3, 200, 0, ?4, ?5)
            ON CONFLICT (url) DO UPDATE SET last_status = 200, gone_count = 0,
                source_id = coalesce(seen_urls.source_id, excluded.source_id),
                etag = iif(?6, excluded.etag, seen_urls.etag),
                last_modified = iif(?6, excluded.last_modified, seen_urls.last_modified)
            """,
            [
                .text(observation.url), .text(observation.sourceID), .date(observation.fetchedAt),
                .optionalText(validators?.etag), .optionalText(validators?.lastModified), .bool(validators != nil),
            ])
    }
}
