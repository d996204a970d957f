import Foundation
import WatchCore

/// `record(_:)` on the twin's tables, following `StoreRules` as the SQLite store does.
extension InMemoryStoreState {
    /// What one branch of `record` did, before the article is read back.
    typealias Applied = (change: RecordOutcome.Change, id: ArticleID, becameCanonical: Bool)

    mutating func record(_ observation: PageObservation) throws -> RecordOutcome {
        ensureSource(observation.sourceID, kind: observation.sourceKind)
        let url = observation.url
        var atOriginal: ArticleID?
        if let original = observation.article.originalURL, original != url {
            atOriginal = articlesAt(url: original).first?.id
        }
        let facts = StoreRules.Facts(articlesAtURL: articlesAt(url: url), pageIsDigest: observation.itemsOnPage > 1,
                                     articleWithCanonicalURL: articleWithCanonicalURL(url),
                                     articleAtOriginalURL: atOriginal,
                                     articleWithSameHash: articleWithHash(observation.fingerprint.sha256))
        let applied: Applied
        switch StoreRules.resolve(facts, sha256: observation.fingerprint.sha256, match: observation.match) {
        case .knownURL(let id): applied = try revisit(id, observation)
        case .sighting(let id):
            applied = try addSighting(of: id, observation, StoreRules.evidence(facts, match: observation.match))
        case .new: applied = insertArticle(observation)
        }
        guard let article = articles[applied.id] else { throw StoreError.unknownArticle(applied.id) }
        if !texts[applied.id, default: []].contains(where: { $0.sha256 == observation.fingerprint.sha256 }) {
            texts[applied.id, default: []].append(observation.fingerprint)
        }
        let outcome = RecordOutcome(change: applied.change, article: article, becameCanonical: applied.becameCanonical)
        markSeen(url: url, sourceID: observation.sourceID, at: observation.fetchedAt, validators: observation.validators)
        insertOutbox(try observation.announce(outcome))
        return outcome
    }

    private mutating func revisit(_ id: ArticleID, _ observation: PageObservation) throws -> Applied {
        guard var article = articles[id] else { throw StoreError.unknownArticle(id) }
        let index = sightings[id, default: []].firstIndex { $0.sighting.url == observation.url }
        let sha = observation.fingerprint.sha256
        if let index, sightings[id]?[index].sha256 == sha {
            return (.unchanged, id, false)
        }
        let number = article.currentVersion + 1
        appendVersion(id, number: number, observation)
        let extracted = observation.article
        article.title = extracted.title
        article.body = extracted.body
        article.fingerprint = observation.fingerprint
        article.currentVersion = number
        article.published = extracted.published ?? article.published
        article.publisher = extracted.publisher ?? article.publisher
        article.documentNumber = extracted.documentNumber ?? article.documentNumber
        article.attachments = extracted.attachments
        articles[id] = article
        if let index { sightings[id]?[index].sha256 = sha }
        return (.newVersion(number), id, false)
    }

    private mutating func addSighting(of id: ArticleID, _ observation: PageObservation,
                                      _ evidence: MatchEvidence) throws -> Applied {
        guard var article = articles[id] else { throw StoreError.unknownArticle(id) }
        let currentIsBureauPage = isBureauPage(article.canonicalURL, of: id)
        appendSighting(id, observation, evidence)
        article.canonicalURL = StoreRules.canonicalURL(
            current: article.canonicalURL, currentIsBureauPage: currentIsBureauPage, sightingURL: observation.url,
            kind: observation.sourceKind, originalURL: usableOriginalURL(observation, for: id))
        articles[id] = article
        return (.newSighting, id, observation.sourceKind == .bureau && !currentIsBureauPage)
    }

    private mutating func insertArticle(_ observation: PageObservation) -> Applied {
        lastArticleID += 1
        let id = ArticleID(lastArticleID)
        let extracted = observation.article
        let canonical = StoreRules.canonicalURL(current: nil, currentIsBureauPage: false, sightingURL: observation.url,
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
        return (.newArticle, id, observation.sourceKind == .bureau)
    }

    private mutating func appendVersion(_ id: ArticleID, number: Int, _ observation: PageObservation) {
        versions[id, default: []].append(ArticleVersion(
            number: number, sha256: observation.fingerprint.sha256, title: observation.article.title,
            body: observation.article.body, fetchedAt: observation.fetchedAt))
    }

    private mutating func appendSighting(_ id: ArticleID, _ observation: PageObservation, _ evidence: MatchEvidence) {
        let sha = observation.fingerprint.sha256
        if let index = sightings[id, default: []].firstIndex(where: { $0.sighting.url == observation.url }) {
            sightings[id]?[index].sha256 = sha
            return
        }
        let sighting = Sighting(url: observation.url, sourceID: observation.sourceID, kind: observation.sourceKind,
                                seenAt: observation.fetchedAt, match: evidence)
        sightings[id, default: []].append(SightingRow(sighting: sighting, sha256: sha))
    }
}
