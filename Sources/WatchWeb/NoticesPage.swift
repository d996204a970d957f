import Foundation
import WatchCore

/// The front page: recent notices, newest first-seen first, searched and filtered.
struct NoticesPage: Sendable {
    struct Row: Sendable {
        var shortID: String
        var title: String
        var bureau: String
        var published: String
        var sourceName: String
        var mirrors: Int
        var versionNote: String?
        var removed: Bool
        var attachments: [LinkView]
        /// Stored, not computed: Mustache reads values by reflection, which sees stored properties only.
        var hasAttachments: Bool
    }

    struct SourceOption: Sendable {
        var id: String
        var name: String
        var selected: Bool
    }

    var pageTitle = "最新通知 Recent notices"
    var query: String
    var since: String
    var until: String
    var problem: String?
    var sourceOptions: [SourceOption]
    var rows: [Row]
    var summary: String

    /// Notices shown at most on one page.
    static let rowLimit = 50
    /// Articles read from the store before filtering by source and date: filters look this far back.
    static let candidateLimit = 500

    /// Reads the store: a search when `q` is given (for `searchKey(q)`, so either script finds the
    /// stored simplified text), else the latest articles; then the date and source filters, then
    /// each row's sightings. The search box keeps `q` as typed.
    static func load(
        _ filter: NoticeFilter, store: any Store, sources: [SourceConfig],
        searchKey: @Sendable (String) -> String = { $0 }
    ) async throws -> NoticesPage {
        let names = sources.namesByID
        let candidates =
            filter.query.isEmpty
            ? try await store.latestArticles(limit: candidateLimit)
            : try await store.search(searchKey(filter.query), limit: candidateLimit)
        var rows: [Row] = []
        for article in candidates where rows.count < rowLimit && filter.admits(article.published ?? article.firstSeen) {
            guard let detail = try await store.article(shortID: article.shortID) else { continue }
            if !filter.sourceID.isEmpty, !detail.sightings.contains(where: { $0.sourceID == filter.sourceID }) {
                continue
            }
            rows.append(row(detail, names: names))
        }
        let options = sources.map {
            SourceOption(id: $0.id, name: DisplayText.clean($0.name), selected: $0.id == filter.sourceID)
        }
        return NoticesPage(
            query: filter.query, since: filter.since, until: filter.until, problem: filter.problem,
            sourceOptions: options, rows: rows, summary: summary(rows.count, filter))
    }

    static func row(_ detail: ArticleDetail, names: [String: String]) -> Row {
        let article = detail.article
        let sourceName = names[article.firstSourceID] ?? article.firstSourceID
        return Row(
            shortID: article.shortID, title: DisplayText.clean(article.title),
            bureau: DisplayText.clean(article.publisher ?? sourceName),
            published: DisplayText.time(article.published), sourceName: DisplayText.clean(sourceName),
            mirrors: detail.mirrorURLs.count,
            versionNote: article.currentVersion > 1 ? "版本 version \(article.currentVersion)" : nil,
            removed: article.removed, attachments: article.attachments.map(LinkView.init),
            hasAttachments: !article.attachments.isEmpty)
    }

    static func summary(_ count: Int, _ filter: NoticeFilter) -> String {
        if count == 0 {
            return filter.query.isEmpty
                ? "没有通知 No notices match."
                : "没有找到“\(DisplayText.clean(filter.query))” Nothing matched “\(DisplayText.clean(filter.query))”."
        }
        return "共 \(count) 条 \(count) notice\(count == 1 ? "" : "s")"
            + (count == rowLimit ? " (最多 at most \(rowLimit))" : "")
    }
}
