import Foundation
import PostgresNIO
import WatchCore

/// `record(_:)`: everything one page changes, in one transaction: the article, its version,
/// sighting, fingerprint, seen URL and outbox rows commit together or not at all.
extension PostgresStore {
    public func record(_ observation: PageObservation) async throws -> RecordOutcome {
        try await lockedTransaction { db in
            try await ensureSource(observation.sourceID, kind: observation.sourceKind, db)
            let facts = try await facts(for: observation, db)
            let resolution = StoreRules.resolve(facts, sha256: observation.fingerprint.sha256, match: observation.match)
            var applied: Applied
            switch resolution {
            case .knownURL(let id): applied = try await revisit(id, observation, db)
            case .sighting(let id):
                applied = try await addSighting(
                    of: id, observation, StoreRules.evidence(facts, match: observation.match), db)
            case .new: applied = try await insertArticle(observation, db)
            }
            let sameURL = resolution == .knownURL(applied.id)
            if try await loadArticle(applied.id, db)?.removed == true,
                try await seenAgain(observation, atKnownURL: sameURL, db)
            {
                applied = try await restore(applied, observation, sameURL: sameURL, db)
            }
            return try await finish(applied, observation, db)
        }
    }

    /// What one branch of `record` did, before the article is read back.
    typealias Applied = (change: RecordOutcome.Change, id: ArticleID, becameCanonical: Bool, capped: Bool)

    /// Reads the article back, keeps the text's fingerprint, the URL as seen and the deliveries.
    private func finish(_ applied: Applied, _ observation: PageObservation, _ db: PostgresSession) async throws
        -> RecordOutcome
    {
        guard let article = try await loadArticle(applied.id, db) else { throw StoreError.unknownArticle(applied.id) }
        if applied.change != .unchanged { try await rememberText(applied.id, observation.fingerprint, db) }
        var outcome = RecordOutcome(
            change: applied.change, article: article, becameCanonical: applied.becameCanonical,
            mirrors: try await mirrorURLs(of: article, db), versionCapped: applied.capped)
        if article.currentVersion > 1 {
            outcome.previousBody = try await versionBody(article.id, number: article.currentVersion - 1, db)
        }
        // A text kept as a candidate keeps the old validators: with the page's new ones the
        // next poll would get a 304 and never see the text a second time.
        let recorded = try await sightingSHA(article.id, observation.url, db)
        let waiting = applied.change == .unchanged && observation.fingerprint.sha256 != recorded
        try await markSeen(observation, validators: waiting ? nil : observation.validators, db)
        let announce = observation.announce
        let finished = outcome
        try await insertOutbox(fileWork.run { try announce(finished) }, db)
        return outcome
    }

    func ensureSource(_ id: String, kind: SourceRole, _ db: PostgresSession) async throws {
        try await db.run(
            """
            INSERT INTO sources (id, kind) VALUES (\(id), \(kind.rawValue))
            ON CONFLICT (id) DO UPDATE SET kind = excluded.kind
            """)
    }

    private func facts(for observation: PageObservation, _ db: PostgresSession) async throws -> StoreRules.Facts {
        let url = observation.url
        let atURL = try await db.rows("SELECT article_id, sha256 FROM sightings WHERE url = \(url) ORDER BY article_id")
        {
            (id: try $0.articleID(0), sha256: try $0.string(1) ?? "")
        }
        var atOriginal: ArticleID?
        if let original = observation.article.originalURL, original != url {
            atOriginal = try await db.row(
                """
                SELECT article_id FROM sightings WHERE url = \(original) ORDER BY article_id LIMIT 1
                """
            ) { try $0.articleID(0) }
        }
        let sameHash = try await db.row(
            """
            SELECT article_id FROM versions WHERE sha256 = \(observation.fingerprint.sha256) ORDER BY article_id LIMIT 1
            """
        ) { try $0.articleID(0) }
        return StoreRules.Facts(
            articlesAtURL: atURL, pageIsDigest: observation.itemsOnPage > 1,
            articleWithCanonicalURL: try await articleWithCanonicalURL(url, db),
            articleAtOriginalURL: atOriginal, articleWithSameHash: sameHash)
    }

    func articleWithCanonicalURL(_ url: String, _ db: PostgresSession) async throws -> ArticleID? {
        try await db.row("SELECT id FROM articles WHERE canonical_url = \(url) ORDER BY id LIMIT 1") {
            try $0.articleID(0)
        }
    }

    /// The mirror's `原文链接` as a canonical URL for article `id` (nil for a new one), unless
    /// another article already claims it: a mirror that names its home page as the original of
    /// every copy must not tie unrelated articles together.
    func usableOriginalURL(_ observation: PageObservation, for id: ArticleID?, _ db: PostgresSession) async throws
        -> String?
    {
        guard let original = observation.article.originalURL, original != observation.url else { return nil }
        let claimant = try await articleWithCanonicalURL(original, db)
        return claimant == nil || claimant == id ? original : nil
    }

    /// A known article at a new URL; a bureau page becomes its canonical URL.
    private func addSighting(
        of id: ArticleID, _ observation: PageObservation, _ evidence: MatchEvidence,
        _ db: PostgresSession
    ) async throws -> Applied {
        guard let article = try await loadArticle(id, db) else { throw StoreError.unknownArticle(id) }
        var currentIsBureauPage = false
        if let canonical = article.canonicalURL {
            currentIsBureauPage =
                try await db.row(
                    """
                    SELECT 1 FROM sightings WHERE article_id = \(id.rawValue) AND url = \(canonical) AND kind = 'bureau'
                    """
                ) { _ in true } ?? false
        }
        try await insertSighting(id, observation, evidence, db)
        let canonical = StoreRules.canonicalURL(
            current: article.canonicalURL, currentIsBureauPage: currentIsBureauPage, sightingURL: observation.url,
            kind: observation.sourceKind, originalURL: try await usableOriginalURL(observation, for: id, db))
        if canonical != article.canonicalURL {
            try await db.run("UPDATE articles SET canonical_url = \(canonical) WHERE id = \(id.rawValue)")
        }
        return (.newSighting, id, observation.sourceKind == .bureau && !currentIsBureauPage, false)
    }

    private func insertArticle(_ observation: PageObservation, _ db: PostgresSession) async throws -> Applied {
        let extracted = observation.article
        let fingerprint = observation.fingerprint
        let canonical = StoreRules.canonicalURL(
            current: nil, currentIsBureauPage: false, sightingURL: observation.url,
            kind: observation.sourceKind,
            originalURL: try await usableOriginalURL(observation, for: nil, db))
        let attachments = try StoredText.attachments(extracted.attachments)
        let inserted = try await db.row(
            """
            INSERT INTO articles (short_id, title, published, publisher, document_number, body, attachments,
                sha256, simhash, numbers, canonical_url, first_url, first_source, first_seen)
            VALUES (\(fingerprint.shortID), \(extracted.title), \(StoreValues.seconds(extracted.published)),
                \(extracted.publisher), \(extracted.documentNumber), \(extracted.body), \(attachments)::jsonb,
                \(fingerprint.sha256), \(StoreValues.simhash(fingerprint.simhash)), \(fingerprint.numbers),
                \(canonical), \(observation.url), \(observation.sourceID), \(StoreValues.seconds(observation.fetchedAt)))
            RETURNING id
            """
        ) { try $0.articleID(0) }
        guard let id = inserted else { throw StoreError.corrupt("INSERT INTO articles returned no id") }
        try await insertVersion(id, number: 1, observation, db)
        try await insertSighting(id, observation, .first, db)
        return (.newArticle, id, observation.sourceKind == .bureau, false)
    }

    /// Keeps the fingerprint of a text the article was seen with (once per distinct text).
    private func rememberText(_ id: ArticleID, _ fingerprint: ContentFingerprint, _ db: PostgresSession) async throws {
        try await db.run(
            """
            INSERT INTO article_texts (article_id, sha256, simhash, numbers, sketch)
            VALUES (\(id.rawValue), \(fingerprint.sha256), \(StoreValues.simhash(fingerprint.simhash)),
                \(fingerprint.numbers), \(StoreValues.sketch(fingerprint.sketch)))
            ON CONFLICT (article_id, sha256) DO NOTHING
            """)
    }

    func insertVersion(_ id: ArticleID, number: Int, _ observation: PageObservation, _ db: PostgresSession) async throws
    {
        try await db.run(
            """
            INSERT INTO versions (article_id, version, sha256, title, body, fetched_at)
            VALUES (\(id.rawValue), \(number), \(observation.fingerprint.sha256), \(observation.article.title),
                \(observation.article.body), \(StoreValues.seconds(observation.fetchedAt)))
            """)
    }

    private func insertSighting(
        _ id: ArticleID, _ observation: PageObservation, _ evidence: MatchEvidence,
        _ db: PostgresSession
    ) async throws {
        let match = evidence.stored
        try await db.run(
            """
            INSERT INTO sightings (article_id, url, source_id, kind, seen_at, sha256, match_kind, match_measure)
            VALUES (\(id.rawValue), \(observation.url), \(observation.sourceID), \(observation.sourceKind.rawValue),
                \(StoreValues.seconds(observation.fetchedAt)), \(observation.fingerprint.sha256), \(match.kind),
                \(match.measure))
            ON CONFLICT (article_id, url) DO UPDATE SET sha256 = excluded.sha256
            """)
    }

    /// The URL answered 200: its run of 404/410 answers ends, and its validators are kept.
    private func markSeen(_ observation: PageObservation, validators: Validators?, _ db: PostgresSession) async throws {
        let keep = validators != nil
        try await db.run(
            """
            INSERT INTO seen_urls (url, source_id, first_seen, last_status, gone_count, etag, last_modified)
            VALUES (\(observation.url), \(observation.sourceID), \(StoreValues.seconds(observation.fetchedAt)), 200, 0,
                \(validators?.etag), \(validators?.lastModified))
            ON CONFLICT (url) DO UPDATE SET last_status = 200, gone_count = 0,
                source_id = coalesce(seen_urls.source_id, excluded.source_id),
                etag = CASE WHEN \(keep) THEN excluded.etag ELSE seen_urls.etag END,
                last_modified = CASE WHEN \(keep) THEN excluded.last_modified ELSE seen_urls.last_modified END
            """)
    }
}
