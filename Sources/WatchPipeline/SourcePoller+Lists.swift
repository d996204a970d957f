import Foundation
import WatchCore
import WatchExtract
import WatchFetch

extension SourcePoller {
    /// Script or meta-refresh stubs followed in a row before the list page counts as failed.
    static let maxStubHops = 3

    /// What reading one list page leads to.
    enum ListPageStep {
        /// Read: the page its pager links to, the rows it held and the list's total if stated.
        case read(next: String?, rows: Int, total: Int?)
        case unchanged
        case failed
    }

    /// The URL of the source's first list page.
    static func firstListURL(of source: SourceConfig) -> String {
        source.list == .json ? JSONListReader.pageURL(source.url, page: 1) : source.url
    }

    /// Reads the source's list pages (up to `pages`) and ingests the new articles they hold.
    /// Pages follow the page's own pager first, else the URL its CMS's naming predicts (HTML),
    /// or the `{page}` number (JSON), and stop at the list's `total` when it states one. The
    /// first page's validators were read with the source's record (`PollStart`).
    func readList(of source: SourceConfig, firstPageValidators: Validators?, report: inout PollReport) async {
        let reader = listReader(for: source, clock: clock)
        let predicted = source.list == .html ? lists.pageURLs(firstPage: source.url, count: source.pages) : []
        var pageURL: String? = Self.firstListURL(of: source)
        var rowsRead = 0
        for number in 1...max(source.pages, 1) {
            guard let url = pageURL, !Task.isCancelled else { break }
            let validators: ValidatorUse = number == 1 ? .given(firstPageValidators) : .sendOnly
            switch await readListPage(
                url, number: number, validators: validators, reader: reader, source: source, report: &report)
            {
            case .read(let next, let rows, let total):
                rowsRead += rows
                if let total, rowsRead >= total { return }
                pageURL = next ?? (number < predicted.count ? predicted[number] : nil)
            case .unchanged, .failed:
                // Pages after an unchanged one are unchanged too; after a failed one, the next
                // poll reads the list again.
                return
            }
        }
    }

    /// Fetches list page `number` (following same-site stubs) and ingests its new articles.
    func readListPage(
        _ url: String, number: Int, validators: ValidatorUse, reader: any ListReader, source: SourceConfig,
        report: inout PollReport
    ) async -> ListPageStep {
        var current = url
        for hop in 0...Self.maxStubHops {
            let response: HTTPResponse
            // A stub's target is another URL: its validators are read as it is fetched.
            let use = hop == 0 ? validators : .sendOnly
            switch await fetcher.fetch(url: current, source: source, validatorUse: use) {
            case .notModified:
                report.notModified += 1
                return .unchanged
            case .failed(let error, let retryAfter):
                report.note(error, failsPoll: number == 1)
                if number == 1 { report.retryAfter = retryAfter }
                return .failed
            case .fetched(let fetched):
                response = fetched
            }
            report.pagesFetched += 1
            report.fetchSeconds.append(response.totalSeconds)
            await archiveIfWanted(response)
            let reading: ListReading
            do {
                reading = try reader.read(response, page: number, source: source)
            } catch {
                report.note(
                    FetchError(kind: .other, url: current, message: "list page unreadable: \(error)"),
                    failsPoll: number == 1)
                return .failed
            }
            if case .stub(let target) = reading {
                guard
                    let next = followable(
                        stub: target, from: current, hop: hop, number: number,
                        source: source, report: &report)
                else { return .failed }
                current = next
                continue
            }
            return await take(reading, of: response, url: current, number: number, source: source, report: &report)
        }
        return .failed
    }

    /// The stub's target when it may be followed; else the failure is noted and `nil` returned.
    private func followable(
        stub target: String, from url: String, hop: Int, number: Int, source: SourceConfig,
        report: inout PollReport
    ) -> String? {
        let problem: String? =
            if !RegistrableDomain.sameSite(target, source.url) {
                "the list page is a script redirect to another site: \(target)"
            } else if hop >= Self.maxStubHops {
                "more than \(Self.maxStubHops) script redirects in a row (last to \(target))"
            } else {
                nil
            }
        if let problem {
            report.note(FetchError(kind: .redirect, url: url, message: problem), failsPoll: number == 1)
            return nil
        }
        report.stubsFollowed += 1
        logger.info(
            "following a script redirect", metadata: ["source": "\(source.id)", "from": "\(url)", "to": "\(target)"])
        return target
    }

    /// Ingests a read list page's rows; a page that is no list fails (the poll, if first).
    private func take(
        _ reading: ListReading, of response: HTTPResponse, url: String, number: Int,
        source: SourceConfig, report: inout PollReport
    ) async -> ListPageStep {
        switch reading {
        case .refused(let reason):
            report.note(FetchError(kind: .content, url: url, message: reason), failsPoll: number == 1)
            return .failed
        case .stub:
            return .failed // handled by the caller
        case .rows(let rows, let next, let total):
            let complete = await ingestNewRows(rows, source: source, report: &report)
            // Saved only once every new article of the page is stored: a crash or a failed
            // article before this point makes the next poll read the list again.
            if complete {
                do {
                    try await saveValidators(of: response, for: url)
                } catch {
                    report.note(FetchError(kind: .store, url: url, message: "store: \(error)"), failsPoll: true)
                }
            }
            return .read(next: next, rows: rows.count, total: total)
        }
    }

    /// Fetches (or, when the list carries them whole, stores) the listed articles not seen
    /// before; `false` if any failed.
    func ingestNewRows(_ rows: [ListRow], source: SourceConfig, report: inout PollReport) async -> Bool {
        var complete = true
        var taken = 0
        for row in rows where !Task.isCancelled {
            do {
                guard try await !store.hasArticle(at: row.item.url) else { continue }
            } catch {
                report.note(FetchError(kind: .store, url: row.item.url, message: "store: \(error)"), failsPoll: true)
                return false
            }
            guard taken < Self.maxNewArticlesPerListPage else { return false }
            taken += 1
            if let article = row.article {
                complete = await storeListed(article, source: source, report: &report) && complete
            } else {
                complete =
                    await readArticle(row.item.url, listed: row.item, source: source, report: &report) && complete
            }
        }
        return complete && !Task.isCancelled
    }

    /// Stores an article the list carried whole.
    private func storeListed(_ article: ExtractedArticle, source: SourceConfig, report: inout PollReport) async -> Bool
    {
        do {
            let outcomes = try await ingest.ingest(
                [article], from: source, validators: nil, announcing: !report.baseline)
            count(outcomes, source: source, in: &report)
            report.articleURLsRead.insert(article.url) // just read whole: no re-check in this poll
            return true
        } catch {
            // The store or the watch folder refused the article: the poll fails, loudly.
            report.note(
                FetchError(kind: .store, url: article.url, message: "article not stored: \(error)"), failsPoll: true)
            logger.warning(
                "article not stored",
                metadata: [
                    "source": "\(source.id)", "url": "\(article.url)",
                    "error": "\(error)",
                ])
            return false
        }
    }

    /// Keeps the poll's robots.txt skips on the source, for `sources`.
    func recordRobotsSkips(of source: SourceConfig, report: PollReport) async {
        do {
            try await store.recordRobotsSkipped(sourceID: source.id, kind: source.kind, count: report.robotsSkipped)
        } catch {
            logger.error("cannot record robots.txt skips", metadata: ["source": "\(source.id)", "error": "\(error)"])
        }
    }
}
