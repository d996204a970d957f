import Foundation
import WatchCore

/// Reads, answering as `SQLiteStore` does (same orders, same search semantics).
extension InMemoryStore {
    public func hasArticle(at url: String) -> Bool {
        !state.articlesAt(url: url).isEmpty
    }

    public func articlesDueForRecheck(_ scope: RecheckScope, firstSeenAfter: Date) -> [String] {
        var firstSeenByURL: [String: Date] = [:]
        for (id, rows) in state.sightings {
            guard let article = state.articles[id], article.firstSeen >= firstSeenAfter else { continue }
            for row in rows where scope.covers(sightingSourceID: row.sighting.sourceID, url: row.sighting.url) {
                firstSeenByURL[row.sighting.url] = min(
                    firstSeenByURL[row.sighting.url] ?? article.firstSeen,
                    article.firstSeen)
            }
        }
        return firstSeenByURL.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.map(\.key)
    }

    public func sourceIDsWithArticles() -> [String] {
        Set(state.sightings.values.flatMap { $0.map(\.sighting.sourceID) }).sorted()
    }

    public func mirrors(of ids: [ArticleID]) -> [ArticleID: [String]] {
        var mirrors: [ArticleID: [String]] = [:]
        for id in ids {
            guard let article = state.articles[id], !state.mirrorURLs(of: article).isEmpty else { continue }
            mirrors[id] = state.mirrorURLs(of: article)
        }
        return mirrors
    }

    public func latestArticles(limit: Int) -> [StoredArticle] {
        Array(newestFirst(state.articlesByID).prefix(max(0, limit)))
    }

    public func articles(matching query: ArticleQuery) -> [StoredArticle] {
        let found = state.articlesByID.filter { article in
            if let source = query.sourceID,
                !state.sightings[article.id, default: []].contains(where: { $0.sighting.sourceID == source })
            {
                return false
            }
            let date = ArticleQuery.filterDate(article)
            if let since = query.since, date < since { return false }
            if let until = query.until, date >= until { return false }
            return true
        }
        return Array(found.sorted(by: ArticleQuery.precedes).prefix(max(0, query.limit)))
    }

    public func article(id: ArticleID) -> StoredArticle? {
        state.articles[id]
    }

    public func article(shortID: String) -> ArticleDetail? {
        let prefix = shortID.lowercased()
        guard !prefix.isEmpty, prefix.allSatisfy(\.isHexDigit) else { return nil }
        let matches = state.articlesByID.filter { $0.shortID.hasPrefix(prefix) }
        guard let article = matches.first(where: { $0.shortID == prefix }) ?? (matches.count == 1 ? matches[0] : nil)
        else { return nil }
        let sightings = state.sightings[article.id, default: []].map(\.sighting)
            .enumerated().sorted { ($0.element.seenAt, $0.offset) < ($1.element.seenAt, $1.offset) }.map(\.element)
        return ArticleDetail(article: article, sightings: sightings, versions: state.versions[article.id, default: []])
    }

    /// Case-insensitive substring search over title and body, like the trigram index.
    public func search(_ text: String, limit: Int) -> [StoredArticle] {
        let needle = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        guard !needle.isEmpty else { return [] }
        let found = state.articlesByID.filter {
            $0.title.lowercased().contains(needle) || $0.body.lowercased().contains(needle)
        }
        return Array(found.reversed().prefix(max(0, limit)))
    }

    public func sourceHealth() -> [SourceStatus] {
        state.sources.values.sorted { $0.sourceID < $1.sourceID }
    }

    public func fingerprints(after: ArticleID?, limit: Int) -> [StoredFingerprint] {
        state.articlesByID.lazy.filter { $0.id > (after ?? ArticleID(0)) }.prefix(max(0, limit)).flatMap { article in
            self.state.texts[article.id, default: []].sorted { $0.sha256 < $1.sha256 }
                .map { StoredFingerprint(articleID: article.id, fingerprint: $0) }
        }
    }

    public func statistics() -> StoreStatistics {
        StoreStatistics(
            articles: state.articles.count, sightings: state.sightings.values.reduce(0) { $0 + $1.count },
            versions: state.versions.values.reduce(0) { $0 + $1.count }, seenURLs: state.seenURLs.count,
            outboxEntries: state.outbox.count)
    }

    private func newestFirst(_ articles: [StoredArticle]) -> [StoredArticle] {
        articles.sorted { ($0.firstSeen, $0.id) > ($1.firstSeen, $1.id) }
    }
}
