import Foundation
import WatchCore

/// `record(_:)` on the twin's tables, following `StoreRules` as the SQLite store does.
extension InMemoryStoreState {
    /// What one branch of `record` did, before the article is read back.
    typealias Applied = (change: RecordOutcome.Change, id: ArticleID, becameCanonical: Bool, capped: Bool)

    mutating func record(_ observation: PageObservation) throws -> RecordOutcome {
        ensureSource(observation.sourceID, kind: observation.sourceKind)
        let url = observation.url
        var atOriginal: ArticleID?
        if let original = observation.article.originalURL, original != url {
            atOriginal = articlesAt(url: original).first?.id
        }
        let facts = StoreRules.Facts(
            articlesAtURL: articlesAt(url: url), pageIsDigest: observation.itemsOnPage > 1,
            articleWithCanonicalURL: articleWithCanonicalURL(url),
            articleAtOriginalURL: atOriginal,
            articleWithSameHash: articleWithHash(observation.fingerprint.sha256))
        var applied: Applied
        let resolution = StoreRules.resolve(facts, sha256: observation.fingerprint.sha256, match: observation.match)
        switch resolution {
        case .knownURL(let id): applied = try revisit(id, observation)
        case .sighting(let id):
            applied = try addSighting(of: id, observation, StoreRules.evidence(facts, match: observation.match))
        case .new: applied = insertArticle(observation)
        }
        let sameURL = resolution == .knownURL(applied.id)
        // Restored by its own URL answering after it answered gone, or by a bureau page at a new URL.
        let seenAgain = sameURL ? (seenURLs[url]?.goneCount ?? 0) > 0 : observation.sourceKind == .bureau
        if articles[applied.id]?.removed == true, seenAgain {
            applied = try restore(applied, observation, sameURL: sameURL)
        }
        guard let article = articles[applied.id] else { throw StoreError.unknownArticle(applied.id) }
        if applied.change != .unchanged,
            !texts[applied.id, default: []].contains(where: { $0.sha256 == observation.fingerprint.sha256 })
        {
            texts[applied.id, default: []].append(observation.fingerprint)
        }
        var outcome = RecordOutcome(
            change: applied.change, article: article, becameCanonical: applied.becameCanonical,
            mirrors: mirrorURLs(of: article), versionCapped: applied.capped)
        if article.currentVersion > 1 {
            outcome.previousBody =
                versions[article.id, default: []].first { $0.number == article.currentVersion - 1 }?.body
        }
        // A candidate text keeps the old validators, as in the SQLite store.
        let recorded = sightings[article.id, default: []].first { $0.sighting.url == url }?.sha256
        let waiting = applied.change == .unchanged && observation.fingerprint.sha256 != recorded
        markSeen(
            url: url, sourceID: observation.sourceID, at: observation.fetchedAt,
            validators: waiting ? nil : observation.validators)
        insertOutbox(try observation.announce(outcome))
        return outcome
    }

    private mutating func revisit(_ id: ArticleID, _ observation: PageObservation) throws -> Applied {
        guard let article = articles[id] else { throw StoreError.unknownArticle(id) }
        let index = sightings[id, default: []].firstIndex { $0.sighting.url == observation.url }
        let row = index.flatMap { sightings[id]?[$0] }
        let sha = observation.fingerprint.sha256
        guard row?.sha256 != sha, !article.removed else {
            setPending(nil, id, index)
            return (.unchanged, id, false, false)
        }
        guard row?.pendingSHA256 == sha else {
            setPending(sha, id, index)
            return (.unchanged, id, false, false)
        }
        guard versionsInWindow(id, before: observation.fetchedAt) < StoreRules.maxVersionsPerDay else {
            return (.unchanged, id, false, true)
        }
        return (.newVersion(applyVersion(article, observation)), id, false, false)
    }

    /// Makes the observed text the article's next version (this URL's text too); returns its number.
    private mutating func applyVersion(_ stored: StoredArticle, _ observation: PageObservation) -> Int {
        var article = stored
        let number = article.currentVersion + 1
        appendVersion(article.id, number: number, observation)
        let extracted = observation.article
        article.title = extracted.title
        article.body = extracted.body
        article.fingerprint = observation.fingerprint
        article.currentVersion = number
        article.published = extracted.published ?? article.published
        article.publisher = extracted.publisher ?? article.publisher
        article.documentNumber = extracted.documentNumber ?? article.documentNumber
        article.attachments = extracted.attachments
        articles[article.id] = article
        if let index = sightings[article.id, default: []].firstIndex(where: { $0.sighting.url == observation.url }) {
            sightings[article.id]?[index].sha256 = observation.fingerprint.sha256
            sightings[article.id]?[index].pendingSHA256 = nil
        }
        return number
    }

    private mutating func setPending(_ sha: String?, _ id: ArticleID, _ index: Int?) {
        guard let index else { return }
        sightings[id]?[index].pendingSHA256 = sha
    }

    private func versionsInWindow(_ id: ArticleID, before date: Date) -> Int {
        let start = date.addingTimeInterval(-StoreRules.versionCapWindow)
        return versions[id, default: []].filter { $0.number > 1 && $0.fetchedAt > start }.count
    }

    /// A removed article seen again, as the SQLite store restores it.
    private mutating func restore(_ applied: Applied, _ observation: PageObservation, sameURL: Bool) throws -> Applied {
        guard var article = articles[applied.id] else { throw StoreError.unknownArticle(applied.id) }
        article.removed = false
        article.removedAt = nil
        article.restoredAt = observation.fetchedAt
        if !sameURL && observation.sourceKind == .bureau { article.canonicalURL = observation.url }
        articles[applied.id] = article
        let changed = article.fingerprint.sha256 != observation.fingerprint.sha256
        let version =
            changed && (sameURL || observation.sourceKind == .bureau)
            ? applyVersion(article, observation) : nil
        return (.restored(version: version), article.id, applied.becameCanonical, false)
    }

    private mutating func addSighting(
        of id: ArticleID, _ observation: PageObservation,
        _ evidence: MatchEvidence
    ) throws -> Applied {
        guard var article = articles[id] else { throw StoreError.unknownArticle(id) }
        let currentIsBureauPage = isBureauPage(article.canonicalURL, of: id)
        appendSighting(id, observation, evidence)
        article.canonicalURL = StoreRules.canonicalURL(
            current: article.canonicalURL, currentIsBureauPage: currentIsBureauPage, sightingURL: observation.url,
            kind: observation.sourceKind, originalURL: usableOriginalURL(observation, for: id))
        articles[id] = article
        return (.newSighting, id, observation.sourceKind == .bureau && !currentIsBureauPage, false)
    }

    private mutating func insertArticle(_ observation: PageObservation) -> Applied {
        lastArticleID += 1
        let id = ArticleID(lastArticleID)
        let extracted = observation.article
        let canonical = StoreRules.canonicalURL(
            current: nil, currentIsBureauPage: false, sightingURL: observation.url,
            kind: observation.sourceKind,
            originalURL: usableOriginalURL(observation, for: nil))
        articles[id] = StoredArticle(
            id: id, shortID: observation.fingerprint.shortID, title: extracted.title, published: extracted.published,
            publisher: extracted.publisher, documentNumber: extracted.documentNumber, body: extracted.body,
            attachments: extracted.attachments, fingerprint: observation.fingerprint, canonicalURL: canonical,
            firstURL: observation.url, firstSourceID: observation.sourceID, firstSeen: observation.fetchedAt,
            currentVersion: 1, removed: false)
        appendVersion(id, number: 1, observation)
        appendSighting(id, observation, .first)
        return (.newArticle, id, observation.sourceKind == .bureau, false)
    }

    private mutating func appendVersion(_ id: ArticleID, number: Int, _ observation: PageObservation) {
        versions[id, default: []].append(
            ArticleVersion(
                number: number, sha256: observation.fingerprint.sha256, title: observation.article.title,
                body: observation.article.body, fetchedAt: observation.fetchedAt))
    }

    private mutating func appendSighting(_ id: ArticleID, _ observation: PageObservation, _ evidence: MatchEvidence) {
        let sha = observation.fingerprint.sha256
        if let index = sightings[id, default: []].firstIndex(where: { $0.sighting.url == observation.url }) {
            sightings[id]?[index].sha256 = sha
            return
        }
        let sighting = Sighting(
            url: observation.url, sourceID: observation.sourceID, kind: observation.sourceKind,
            seenAt: observation.fetchedAt, match: evidence)
        sightings[id, default: []].append(SightingRow(sighting: sighting, sha256: sha))
    }
}
