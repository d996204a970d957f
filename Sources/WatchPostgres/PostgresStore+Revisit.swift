import Foundation
import PostgresNIO
import WatchCore

/// A page at a URL that already carries its article: unchanged, a candidate text, a new
/// version, or a removed article come back.
extension PostgresStore {
    /// A URL already carrying the article: unchanged text, a new text kept as the sighting's
    /// candidate, or (the candidate seen again) a new version.
    func revisit(_ id: ArticleID, _ observation: PageObservation, _ db: PostgresSession) async throws -> Applied {
        guard let article = try await loadArticle(id, db) else { throw StoreError.unknownArticle(id) }
        let texts = try await db.row(
            """
            SELECT sha256, pending_sha256 FROM sightings WHERE article_id = \(id.rawValue) AND url = \(observation.url)
            """
        ) { (last: try $0.string(0), pending: try $0.string(1)) }
        let sha = observation.fingerprint.sha256
        // A removed article keeps its last text: `restore` decides about the new one.
        guard texts?.last != sha, !article.removed else {
            try await setPending(nil, id, observation.url, db)
            return (.unchanged, id, false, false)
        }
        guard texts?.pending == sha else {
            try await setPending(sha, id, observation.url, db)
            return (.unchanged, id, false, false)
        }
        guard try await versionsInWindow(id, before: observation.fetchedAt, db) < StoreRules.maxVersionsPerDay else {
            return (.unchanged, id, false, true) // the candidate waits until the window has room
        }
        return (.newVersion(try await applyVersion(article, observation, db)), id, false, false)
    }

    /// Makes the observed text the article's next version (this URL's text too); returns its number.
    private func applyVersion(_ article: StoredArticle, _ observation: PageObservation, _ db: PostgresSession)
        async throws
        -> Int
    {
        let id = article.id.rawValue
        let sha = observation.fingerprint.sha256
        let version = article.currentVersion + 1
        try await insertVersion(article.id, number: version, observation, db)
        let extracted = observation.article
        let attachments = try StoredText.attachments(extracted.attachments)
        try await db.run(
            """
            UPDATE articles SET title = \(extracted.title), body = \(extracted.body), sha256 = \(sha),
                simhash = \(StoreValues.simhash(observation.fingerprint.simhash)),
                numbers = \(observation.fingerprint.numbers), current_version = \(version),
                published = coalesce(\(StoreValues.seconds(extracted.published))::double precision, published),
                publisher = coalesce(\(extracted.publisher)::text, publisher),
                document_number = coalesce(\(extracted.documentNumber)::text, document_number),
                attachments = \(attachments)::jsonb
            WHERE id = \(id)
            """)
        try await db.run(
            """
            UPDATE sightings SET sha256 = \(sha), pending_sha256 = NULL WHERE article_id = \(id) AND url = \(observation.url)
            """)
        return version
    }

    /// The body of one stored version.
    func versionBody(_ id: ArticleID, number: Int, _ db: PostgresSession) async throws -> String? {
        try await db.row("SELECT body FROM versions WHERE article_id = \(id.rawValue) AND version = \(number)") {
            try $0.string(0)
        } ?? nil
    }

    /// The text last recorded for the article at `url`.
    func sightingSHA(_ id: ArticleID, _ url: String, _ db: PostgresSession) async throws -> String? {
        try await db.row("SELECT sha256 FROM sightings WHERE article_id = \(id.rawValue) AND url = \(url)") {
            try $0.string(0)
        } ?? nil
    }

    private func setPending(_ sha: String?, _ id: ArticleID, _ url: String, _ db: PostgresSession) async throws {
        try await db.run(
            """
            UPDATE sightings SET pending_sha256 = \(sha)::text WHERE article_id = \(id.rawValue) AND url = \(url)
            """)
    }

    /// Versions after the first made within `StoreRules.versionCapWindow` before `date`.
    private func versionsInWindow(_ id: ArticleID, before date: Date, _ db: PostgresSession) async throws -> Int {
        let since = StoreValues.seconds(date.addingTimeInterval(-StoreRules.versionCapWindow))
        return try await db.row(
            """
            SELECT count(*) FROM versions WHERE article_id = \(id.rawValue) AND version > 1 AND fetched_at > \(since)
            """
        ) { try $0.int(0) } ?? 0
    }

    /// A removed article seen again: no longer removed; its text becomes a version when it changed
    /// (at its own URL, or on a bureau page: a mirror's copy differs by its boilerplate).
    func restore(_ applied: Applied, _ observation: PageObservation, sameURL: Bool, _ db: PostgresSession) async throws
        -> Applied
    {
        guard let article = try await loadArticle(applied.id, db) else { throw StoreError.unknownArticle(applied.id) }
        // Republished on a bureau page at a new URL: that page is the live one now.
        let canonical = !sameURL && observation.sourceKind == .bureau ? observation.url : article.canonicalURL
        try await db.run(
            """
            UPDATE articles SET removed = false, removed_at = NULL,
                restored_at = \(StoreValues.seconds(observation.fetchedAt)), canonical_url = \(canonical)::text
            WHERE id = \(article.id.rawValue)
            """)
        let changed = article.fingerprint.sha256 != observation.fingerprint.sha256
        let version =
            changed && (sameURL || observation.sourceKind == .bureau)
            ? try await applyVersion(article, observation, db) : nil
        return (.restored(version: version), article.id, applied.becameCanonical, false)
    }

    /// Whether a page of a removed article brings it back: its own URL answering after it answered
    /// gone, or a bureau page at a new URL. A mirror that never stopped serving its copy does not.
    func seenAgain(_ observation: PageObservation, atKnownURL: Bool, _ db: PostgresSession) async throws -> Bool {
        guard atKnownURL else { return observation.sourceKind == .bureau }
        let gone = try await db.row("SELECT gone_count FROM seen_urls WHERE url = \(observation.url)") { try $0.int(0) }
        return (gone ?? 0) > 0
    }
}
