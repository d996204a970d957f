import Foundation
import Logging
import WatchCore
import WatchExtract
import WatchFetch

extension SourcePoller {
    /// Fetches one article page in full and stores what it holds; `false` on failure.
    func readArticle(_ url: String, listed: ListItem?, source: SourceConfig, report: inout PollReport) async -> Bool {
        switch await fetcher.fetch(url: url, source: source, validatorUse: .none, staysOnSite: true) {
        case .notModified:
            return true
        case .failed(let error, _) where error.isRobotsDisallowed:
            report.robotsSkipped += 1 // the site asked us not to: a skip, not a failure
            return true
        case .failed(let error, _):
            report.errors.append(error.description)
            logger.warning("article page failed", metadata: ["source": "\(source.id)", "error": "\(error)"])
            return false
        case .fetched(let response) where !RegistrableDomain.sameSite(response.finalURL, source.url):
            // Never published under the bureau's URL: another site's page is not the article.
            report.pagesFetched += 1
            report.errors.append(
                FetchError(
                    kind: .redirect, url: url,
                    message: "the article redirects off the source's site to \(response.finalURL)"
                ).description)
            return false
        case .fetched(let response):
            report.pagesFetched += 1
            report.fetchSeconds.append(response.totalSeconds)
            report.articleURLsRead.insert(url)
            await archiveIfWanted(response)
            return await extractAndIngest(response, url: url, listed: listed, source: source, report: &report)
        }
    }

    /// Extracts and ingests a fetched article page.
    func extractAndIngest(
        _ response: HTTPResponse, url: String, listed: ListItem?, source: SourceConfig,
        report: inout PollReport
    ) async -> Bool {
        do {
            let extracted = try extract(response, url: url, listed: listed, source: source)
            // A selector that missed is an error on the article (it is still stored, with the
            // body the generic extractor found): the source's layout has likely changed.
            for warning in extracted.warnings {
                report.errors.append("\(url): \(warning)")
                logger.warning("body selector matched nothing", metadata: ["url": "\(url)", "source": "\(source.id)"])
            }
            guard !SoftNotFoundPage.isErrorPage(extracted.articles, page: extracted.page) else {
                report.errors.append("\(url): the page says it does not exist")
                return false
            }
            return try await ingest(extracted.articles, of: response, url: url, source: source, report: &report)
        } catch {
            // The store or the watch folder refused the article: the poll fails, loudly.
            report.note(FetchError(kind: .store, url: url, message: "article not stored: \(error)"), failsPoll: true)
            logger.warning(
                "article not stored", metadata: ["source": "\(source.id)", "url": "\(url)", "error": "\(error)"])
            return false
        }
    }

    /// The articles of a fetched page with text or attachments, dated from the list when the page
    /// shows no date; the decoded page; and the extractor's warnings (a selector that missed).
    func extract(_ response: HTTPResponse, url: String, listed: ListItem?, source: SourceConfig) throws
        -> (articles: [ExtractedArticle], page: DecodedPage, warnings: Set<String>)
    {
        let page = decoder.decode(
            response.body, contentType: response.header("Content-Type"),
            override: source.encoding, url: response.finalURL)
        let extractions = try extractor.extractDetailed(
            page: page, url: url, selectors: source.selectors, now: clock.now)
        // A title with neither text nor attachments is no article (a page cut short, say by
        // libxml2's depth limit): storing it would file an empty body under the empty hash.
        var articles = extractions.map(\.article).filter { !$0.paragraphs.isEmpty || !$0.attachments.isEmpty }
        for index in articles.indices where articles[index].published == nil {
            articles[index].published = listed?.date // the list's date when the page shows none
        }
        return (articles, page, Set(extractions.flatMap(\.warnings)))
    }

    /// Records extracted articles with the page's validators.
    private func ingest(
        _ articles: [ExtractedArticle], of response: HTTPResponse, url: String, source: SourceConfig,
        report: inout PollReport
    ) async throws -> Bool {
        guard !articles.isEmpty else {
            report.errors.append("\(url): no article text found on the page")
            return false
        }
        let validators = Validators(etag: response.header("ETag"), lastModified: response.header("Last-Modified"))
        let outcomes = try await ingest.ingest(
            articles, from: source, validators: validators.isEmpty ? nil : validators,
            announcing: !report.baseline)
        count(outcomes, source: source, in: &report)
        return true
    }

    func count(_ outcomes: [RecordOutcome], source: SourceConfig, in report: inout PollReport) {
        for outcome in outcomes {
            switch outcome.change {
            case .newArticle:
                report.newArticles += 1
                logArticle("new article", outcome.article, source: source, baseline: report.baseline)
            case .newVersion:
                report.updatedArticles += 1
                logArticle("article updated", outcome.article, source: source, baseline: report.baseline)
            case .newSighting: report.sightings += 1
            case .restored:
                report.restoredArticles += 1
                logArticle("article restored", outcome.article, source: source, baseline: report.baseline)
            case .unchanged: break
            }
        }
    }

    /// The first-seen bound of the articles a poll of `source` at `now` rechecks.
    static func recheckSince(for source: SourceConfig, at now: Date) -> Date {
        now.addingTimeInterval(-source.recheck.seconds)
    }

    /// Re-requests, conditionally, the articles first seen within `recheck` on the source's pages
    /// (and the orphans of renamed sources it adopts): a changed text becomes a new version, two
    /// gone answers in a row remove the article, a removed article that answers is restored.
    ///
    /// The targets the poll's claim read (`claimed`) serve a source that adopts no orphans: the
    /// list read since then met only URLs it fetched itself, which are skipped here anyway. Their
    /// `needsNotModifiedRecord` is as old as the claim: only another daemon's adopter of the same
    /// URL (a config without this source) could start a run of gone answers since, as it could
    /// between any read of the targets and their requests.
    func recheck(_ source: SourceConfig, claimed: [RecheckTarget]?, report: inout PollReport) async {
        let targets: [RecheckTarget]
        do {
            let scope = await ingest.recheckScope(for: source)
            if let claimed, scope.adoptedURLPrefixes.isEmpty {
                targets = claimed
            } else {
                let since = Self.recheckSince(for: source, at: clock.now)
                targets = try await store.recheckTargets(scope, firstSeenAfter: since)
            }
        } catch {
            report.note(FetchError(kind: .store, url: source.url, message: "store: \(error)"), failsPoll: true)
            return
        }
        for target in targets where !Task.isCancelled && !report.articleURLsRead.contains(target.url) {
            await recheckArticle(target, source: source, report: &report)
        }
    }

    private func recheckArticle(_ target: RecheckTarget, source: SourceConfig, report: inout PollReport) async {
        let url = target.url
        do {
            switch await fetcher.fetch(
                url: url, source: source, validatorUse: .given(target.validators), staysOnSite: true)
            {
            case .notModified:
                report.notModified += 1
                // Recorded at once when it may matter: a 404 that another source's poll meets
                // after it must see that this answer came between.
                if target.needsNotModifiedRecord {
                    try await store.recordAlive(url: url, status: 304, at: clock.now)
                }
            case .fetched(let response) where !RegistrableDomain.sameSite(response.finalURL, source.url):
                report.errors.append(
                    FetchError(
                        kind: .redirect, url: url,
                        message: "the article redirects off the source's site to \(response.finalURL)"
                    ).description)
            case .fetched(let response):
                report.pagesFetched += 1
                report.fetchSeconds.append(response.totalSeconds)
                await archiveIfWanted(response)
                let extracted = try extract(response, url: url, listed: nil, source: source)
                if SoftNotFoundPage.isErrorPage(extracted.articles, page: extracted.page) {
                    try await recordGone(url, status: StoreRules.softNotFoundStatus, source: source, report: &report)
                    return
                }
                // A stored page ends the URL's run of gone answers itself, after the store has seen
                // the run (a removed article answering again is restored).
                if try await !ingest(extracted.articles, of: response, url: url, source: source, report: &report) {
                    try await store.recordAlive(url: url, status: response.status, at: clock.now)
                }
            case .failed(let error, _):
                guard let status = error.status, StoreRules.isGone(status: status) else {
                    report.errors.append(error.description)
                    return
                }
                try await recordGone(url, status: status, source: source, report: &report)
            }
        } catch {
            // Only the store throws here: an unrecordable answer fails the poll, loudly.
            report.note(FetchError(kind: .store, url: url, message: "store: \(error)"), failsPoll: true)
            logger.warning(
                "article check not stored", metadata: ["source": "\(source.id)", "url": "\(url)", "error": "\(error)"])
        }
    }

    private func recordGone(_ url: String, status: Int, source: SourceConfig, report: inout PollReport) async throws {
        let removal = try await ingest.recordGone(url: url, status: status, source: source)
        report.removedArticles += removal.removed.count
        for removed in removal.removed {
            logger.info(
                "article removed",
                metadata: [
                    "id": "\(removed.shortID)", "source": "\(source.id)",
                    "title": "\(removed.article?.title ?? "")",
                ])
        }
    }

    /// One info line per article change, so the log says what happened (the title is cleaned of
    /// control characters by extraction; the logger escapes what is left).
    private func logArticle(_ message: Logger.Message, _ article: StoredArticle, source: SourceConfig, baseline: Bool) {
        var metadata: Logger.Metadata = [
            "id": "\(article.shortID)", "source": "\(source.id)", "title": "\(article.title)",
        ]
        if baseline { metadata["baseline"] = "true" }
        logger.info(message, metadata: metadata)
    }
}
