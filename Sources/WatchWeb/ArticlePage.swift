import Foundation
import WatchCore

/// One article: its fields, current text, every sighting, every version and a diff between two.
struct ArticlePage: Sendable {
    struct SightingRow: Sendable {
        var sourceName: String
        var kind: String
        var seenAt: String
        var link: LinkView
    }

    struct VersionRow: Sendable {
        var number: Int
        var fetchedAt: String
        var title: String
        var sha: String
    }

    var pageTitle: String
    var title: String
    var shortID: String
    var removed: Bool
    var publisher: String
    var published: String
    var documentNumber: String?
    var sourceName: String
    var canonical: LinkView?
    var firstSeen: String
    var paragraphs: [String]
    var attachments: [LinkView]
    // Counts and flags are stored: Mustache reads values by reflection, which sees stored properties only.
    var hasAttachments: Bool
    var sightings: [SightingRow]
    var sightingCount: Int
    var versions: [VersionRow]
    var versionCount: Int
    var diff: DiffView?
    var diffNote: String?

    /// Hex digits of a version's SHA-256 shown in the table (enough to tell versions apart).
    static let shownHashDigits = 12

    /// `from`/`to` pick the versions to compare; by default the one before the current and the current.
    init(_ detail: ArticleDetail, names: [String: String], from: Int?, to: Int?) {
        let article = detail.article
        let title = DisplayText.clean(article.title)
        pageTitle = title
        self.title = title
        shortID = article.shortID
        removed = article.removed
        let sourceName = DisplayText.clean(names[article.firstSourceID] ?? article.firstSourceID)
        self.sourceName = sourceName
        publisher = DisplayText.clean(article.publisher ?? sourceName)
        published = DisplayText.time(article.published)
        documentNumber = article.documentNumber.map(DisplayText.clean)
        canonical = article.canonicalURL.map { LinkView(url: $0) }
        firstSeen = DisplayText.time(article.firstSeen)
        paragraphs = article.body.components(separatedBy: "\n\n").map(DisplayText.clean)
        attachments = article.attachments.map(LinkView.init)
        hasAttachments = !attachments.isEmpty
        sightings = detail.sightings.map {
            SightingRow(
                sourceName: DisplayText.clean(names[$0.sourceID] ?? $0.sourceID), kind: $0.kind.rawValue,
                seenAt: DisplayText.time($0.seenAt), link: LinkView(url: $0.url))
        }
        versions = detail.versions.map {
            VersionRow(
                number: $0.number, fetchedAt: DisplayText.time($0.fetchedAt), title: DisplayText.clean($0.title),
                sha: String($0.sha256.prefix(Self.shownHashDigits)))
        }
        sightingCount = sightings.count
        versionCount = versions.count
        (diff, diffNote) = Self.compare(detail.versions, from: from, to: to)
    }

    /// The diff to show, or a note saying why there is none.
    static func compare(_ versions: [ArticleVersion], from: Int?, to: Int?) -> (DiffView?, String?) {
        guard versions.count > 1 else { return (nil, "只有一个版本 One version only: nothing to compare.") }
        let newest = versions[versions.count - 1].number
        let newer = to ?? newest
        let older = from ?? (versions.last { $0.number < newer }?.number ?? newer)
        guard let old = versions.first(where: { $0.number == older }),
            let new = versions.first(where: { $0.number == newer }), older != newer
        else {
            return (
                nil,
                "没有这两个版本 No such pair of versions: v\(from.map(String.init) ?? "?")→v\(to.map(String.init) ?? "?")."
            )
        }
        guard let diff = LineDiff(old: old.title + "\n\n" + old.body, new: new.title + "\n\n" + new.body) else {
            return (nil, "文本太长，无法比较 Too long to compare.")
        }
        let choices = zip(versions, versions.dropFirst()).map { DiffView.Choice(from: $0.number, to: $1.number) }
        return (DiffView(from: older, to: newer, diff: diff, choices: choices), nil)
    }
}
