import Foundation
import WatchCore
import WatchExtract
import WatchFetch

extension SourcePoller {
    /// Fetches one article page in full and stores what it holds; `false` on failure.
    func readArticle(_ url: String, listed: ListItem?, source: SourceConfig, report: inout PollReport) async -> Bool {
        switch await fetcher.fetch(url: url, source: source, validatorUse: .none) {
        case .notModified:
            return true
        case .failed(let error, _):
            report.errors.append(error.description)
            return false
        case .fetched(let response):
            report.pagesFetched += 1
            report.fetchSeconds.append(response.totalSeconds)
            report.articleURLsRead.insert(url)
            await archiveIfWanted(response)
            return await store(response, url: url, listed: listed, source: source, report: &report)
        }
    }

    /// Extracts and ingests a fetched article page.
    func store(_ response: HTTPResponse, url: String, listed: ListItem?, source: SourceConfig,
               report: inout PollReport) async -> Bool {
        do {
            let page = decoder.decode(response.body, contentType: response.header("Content-Type"),
                                      override: source.encoding, url: response.finalURL)
            // A title with neither text nor attachments is no article (a page cut short, say by
            // libxml2's depth limit): storing it would file an empty body under the empty hash.
            let extractions = try extractor.extractDetailed(page: page, url: url, selectors: source.selectors, now: clock.now)
            // A selector that missed is an error on the article (it is still stored, with the
            // body the generic extractor found): the source's layout has likely changed.
            for warning in Set(extractions.flatMap(\.warnings)) {
                report.errors.append("\(url): \(warning)")
                logger.warning("body selector matched nothing", metadata: ["url": "\(url)", "source": "\(source.id)"])
            }
            var articles = extractions.map(\.article).filter { !$0.paragraphs.isEmpty || !$0.attachments.isEmpty }
            guard !articles.isEmpty else {
                report.errors.append("\(url): no article text found on the page")
                return false
            }
            for index in articles.indices where articles[index].published == nil {
                articles[index].published = listed?.date // the list's date when the page shows none
            }
            let validators = Validators(etag: response.header("ETag"), lastModified: response.header("Last-Modified"))
            let outcomes = try await ingest.ingest(articles, from: source, validators: validators.isEmpty ? nil : validators)
            count(outcomes, in: &report)
            return true
        } catch {
            report.errors.append("\(url): \(error)")
            logger.warning("article not stored", metadata: ["url": "\(url)", "error": "\(error)"])
            return false
        }
    }

    private func count(_ outcomes: [RecordOutcome], in report: inout PollReport) {
        for outcome in outcomes {
            switch outcome.change {
            case .newArticle: report.newArticles += 1
            case .newVersion: report.updatedArticles += 1
            case .newSighting: report.sightings += 1
            case .unchanged: break
            }
        }
    }

    /// Re-requests, conditionally, the source's articles first seen within `recheck`: a changed
    /// text becomes a new version, two 404/410 answers in a row remove the article.
    func recheck(_ source: SourceConfig, report: inout PollReport) async {
        let since = clock.now.addingTimeInterval(-source.recheck.seconds)
        let urls: [String]
        do {
            urls = try await store.articlesDueForRecheck(sourceID: source.id, firstSeenAfter: since)
        } catch {
            report.errors.append("store: \(error)")
            return
        }
        for url in urls where !Task.isCancelled && !report.articleURLsRead.contains(url) {
            await recheckArticle(url, source: source, report: &report)
        }
    }

    private func recheckArticle(_ url: String, source: SourceConfig, report: inout PollReport) async {
        do {
            switch await fetcher.fetch(url: url, source: source, validatorUse: .sendOnly) {
            case .notModified:
                report.notModified += 1
                try await store.recordAlive(url: url, status: 304, at: clock.now)
            case .fetched(let response):
                report.pagesFetched += 1
                report.fetchSeconds.append(response.totalSeconds)
                await archiveIfWanted(response)
                try await store.recordAlive(url: url, status: response.status, at: clock.now)
                _ = await store(response, url: url, listed: nil, source: source, report: &report)
            case .failed(let error, _):
                guard let status = error.status, StoreRules.isGone(status: status) else {
                    report.errors.append(error.description)
                    return
                }
                let removal = try await ingest.recordGone(url: url, status: status, source: source)
                report.removedArticles += removal.removed.count
            }
        } catch {
            report.errors.append("\(url): \(error)")
        }
    }

    /// Keeps the poll's result on the source: the next due time, or the failure and its backoff.
    func recordHealth(of source: SourceConfig, report: PollReport) async {
        let now = clock.now
        do {
            if let failure = report.failure {
                let previous = try await store.sourceHealth().first { $0.sourceID == source.id }
                let failures = (previous?.consecutiveFailures ?? 0) + 1
                let delay = max(SourceHealth.failureDelay(consecutiveFailures: failures, interval: source.interval),
                                report.retryAfter ?? .zero)
                try await store.recordPollFailure(sourceID: source.id, kind: source.kind, error: failure, at: now,
                                                  nextDue: now.addingTimeInterval(delay.seconds))
            } else {
                let next = PollSchedule().nextDue(after: now, interval: source.interval, jitter: source.jitter,
                                                  unit: Double.random(in: 0..<1))
                try await store.recordPollSuccess(sourceID: source.id, kind: source.kind, at: now, nextDue: next)
            }
        } catch {
            logger.error("cannot record the poll on the source", metadata: ["source": "\(source.id)", "error": "\(error)"])
        }
    }
}
