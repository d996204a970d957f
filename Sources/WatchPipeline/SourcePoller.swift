import Foundation
import Logging
import WatchCore
import WatchDeliver
import WatchExtract
import WatchFetch

/// One poll of one source: its list pages, the new articles they link to, and the recent
/// articles due for a change check. Every failure ends up in the report and on the source's
/// record in the store; nothing is thrown out of a poll.
public struct SourcePoller: Sendable {
    let fetcher: PoliteFetcher
    let store: any Store
    let ingest: ArticleIngest
    let clock: any WallClock
    /// Where every 200 is archived, when `archive: true`.
    let archive: WARCWriter?
    let logger: Logger
    /// Failed polls in a row after which the source is failing (`failing_after`).
    let failingAfter: Int
    /// Every source's first successful poll is a baseline, whatever its `baseline:` says: the
    /// database was missing or empty beside a watch folder that already holds articles
    /// (`LostStoreCheck`).
    let rebaselineAll: Bool
    let decoder = PageDecoder()
    let lists = ListPageExtractor()
    let extractor = ArticleExtractor()

    /// New articles taken from one list page per poll: a hostile list of 10 000 links must not
    /// turn one poll into 10 000 requests. The rest are found on the next polls.
    public static let maxNewArticlesPerListPage = 100

    public init(fetcher: PoliteFetcher, store: any Store, ingest: ArticleIngest, clock: any WallClock,
                archive: WARCWriter? = nil, failingAfter: Int = 3, rebaselineAll: Bool = false, logger: Logger) {
        self.fetcher = fetcher
        self.store = store
        self.ingest = ingest
        self.clock = clock
        self.archive = archive
        self.failingAfter = failingAfter
        self.rebaselineAll = rebaselineAll
        self.logger = logger
    }

    /// Polls `source` once and records the poll's success or failure on it.
    public func poll(_ source: SourceConfig) async -> PollReport {
        var report = PollReport(sourceID: source.id)
        let previous: SourceStatus?
        do {
            previous = try await store.sourceHealth().first { $0.sourceID == source.id }
        } catch {
            report.note(FetchError(kind: .store, url: source.url, message: "store: \(error)"), failsPoll: true)
            await recordHealth(of: source, report: &report, previous: nil)
            return report
        }
        // Until the source has worked once, what it lists is its past: file it, announce nothing.
        report.baseline = (source.baseline || rebaselineAll) && previous?.lastSuccess == nil
        let predicted = lists.pageURLs(firstPage: source.url, count: source.pages)
        var pageURL: String? = source.url
        for number in 1...max(source.pages, 1) {
            guard let url = pageURL, !Task.isCancelled else { break }
            switch await pollListPage(url, source: source, isFirst: number == 1, report: &report) {
            case .read(let next):
                // The page's own pager first; else the URL the CMS's naming predicts.
                pageURL = next ?? (number < predicted.count ? predicted[number] : nil)
            case .unchanged, .failed:
                // Pages after an unchanged one are unchanged too; after a failed one, the next
                // poll reads the list again.
                pageURL = nil
            }
        }
        if !report.failed { await recheck(source, report: &report) }
        // A poll cut short by shutdown is neither a success nor the source's failure.
        if !Task.isCancelled { await recordHealth(of: source, report: &report, previous: previous) }
        return report
    }

    /// What reading one list page leads to.
    enum ListPageStep {
        /// Read; `next` is the page its pager links to.
        case read(next: String?)
        case unchanged
        case failed
    }

    /// Reads one list page and ingests the articles it links to.
    private func pollListPage(_ url: String, source: SourceConfig, isFirst: Bool,
                              report: inout PollReport) async -> ListPageStep {
        switch await fetcher.fetch(url: url, source: source, validatorUse: .sendOnly) {
        case .notModified:
            report.notModified += 1
            return .unchanged
        case .failed(let error, let retryAfter):
            report.note(error, failsPoll: isFirst)
            if isFirst { report.retryAfter = retryAfter }
            return .failed
        case .fetched(let response):
            report.pagesFetched += 1
            report.fetchSeconds.append(response.totalSeconds)
            await archiveIfWanted(response)
            if isFirst && response.body.isEmpty {
                report.note(FetchError(kind: .content, url: url, message: ListPageExtractor.emptyPageReason), failsPoll: true)
                return .failed
            }
            do {
                let document = try decoder.document(from: response.body, contentType: response.header("Content-Type"),
                                                    override: source.encoding, url: response.finalURL)
                let page = try lists.links(in: document, pageURL: response.finalURL, selectors: source.selectors)
                if isFirst, let reason = lists.refusal(of: document, page: page) {
                    report.note(FetchError(kind: .content, url: url, message: reason), failsPoll: true)
                    return .failed
                }
                let complete = await ingestNewArticles(page.items, source: source, report: &report)
                // Saved only once every new article of the page is stored: a crash or a failed
                // article before this point makes the next poll read the list again.
                if complete { try await saveValidators(of: response, for: url) }
                return .read(next: page.nextPageURL)
            } catch {
                report.note(FetchError(kind: .other, url: url, message: "list page unreadable: \(error)"), failsPoll: isFirst)
                return .failed
            }
        }
    }

    /// Fetches and stores the linked articles not seen before; `false` if any failed.
    private func ingestNewArticles(_ items: [ListItem], source: SourceConfig, report: inout PollReport) async -> Bool {
        var complete = true
        var taken = 0
        for item in items where !Task.isCancelled {
            do {
                guard try await !store.hasArticle(at: item.url) else { continue }
            } catch {
                report.note(FetchError(kind: .store, url: item.url, message: "store: \(error)"), failsPoll: true)
                return false
            }
            guard taken < Self.maxNewArticlesPerListPage else { return false }
            taken += 1
            complete = await readArticle(item.url, listed: item, source: source, report: &report) && complete
        }
        return complete && !Task.isCancelled
    }

    private func saveValidators(of response: HTTPResponse, for url: String) async throws {
        let validators = Validators(etag: response.header("ETag"), lastModified: response.header("Last-Modified"))
        if !validators.isEmpty { try await store.saveValidators(validators, for: url) }
    }

    /// Appends a 200 to the WARC archive; a failure to archive is logged, never fatal to the poll.
    func archiveIfWanted(_ response: HTTPResponse) async {
        guard let archive, response.status == 200 else { return }
        do {
            _ = try await archive.append(ArchivedResponse(response, fetchedAt: clock.now), logger: logger)
        } catch {
            logger.warning("cannot archive a response", metadata: ["url": "\(response.finalURL)", "error": "\(error)"])
        }
    }
}
