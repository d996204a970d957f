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

    public init(
        fetcher: PoliteFetcher, store: any Store, ingest: ArticleIngest, clock: any WallClock,
        archive: WARCWriter? = nil, failingAfter: Int = 3, rebaselineAll: Bool = false, logger: Logger
    ) {
        self.fetcher = fetcher
        self.store = store
        self.ingest = ingest
        self.clock = clock
        self.archive = archive
        self.failingAfter = failingAfter
        self.rebaselineAll = rebaselineAll
        self.logger = logger
    }

    /// Polls `source` once and records the poll's success or failure on it. `claimed` is what the
    /// claim read for the poll; without one the poll reads it (`Store.pollStart`). With
    /// `defersSuccess` a success that announces nothing is left unrecorded in the report
    /// (`PollReport.unrecordedSuccess`): the scheduler sends it with its next claim.
    public func poll(_ source: SourceConfig, from claimed: PollStart? = nil, defersSuccess: Bool = false) async
        -> PollReport
    {
        var report = PollReport(sourceID: source.id)
        let start: PollStart
        do {
            if let claimed {
                start = claimed
            } else {
                start = try await store.pollStart(sourceID: source.id, listURL: Self.firstListURL(of: source))
            }
        } catch {
            report.note(FetchError(kind: .store, url: source.url, message: "store: \(error)"), failsPoll: true)
            await recordHealth(of: source, report: &report, previous: nil)
            return report
        }
        let previous = start.previous
        // Until the source has worked once, what it lists is its past: file it, announce nothing.
        report.baseline = (source.baseline || rebaselineAll) && previous?.lastSuccess == nil
        // One cookie jar per poll: a cookie-check wall passed on the list page is not met again
        // on its articles, and no cookie outlives the poll.
        report = await CookieJar.$current.withValue(CookieJar()) { [report] in
            var report = report
            await readList(of: source, firstPageValidators: start.listValidators, report: &report)
            if !report.failed { await recheck(source, claimed: start.recheckTargets, report: &report) }
            return report
        }
        // A poll cut short by shutdown is neither a success nor the source's failure.
        if !Task.isCancelled {
            await recordHealth(of: source, report: &report, previous: previous, defersSuccess: defersSuccess)
            // Written only when it changed: one write fewer on nearly every poll.
            if report.robotsSkipped != previous?.robotsSkipped ?? 0 {
                await recordRobotsSkips(of: source, report: report)
            }
        }
        return report
    }

    func saveValidators(of response: HTTPResponse, for url: String) async throws {
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
