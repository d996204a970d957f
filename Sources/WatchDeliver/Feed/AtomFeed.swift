import Foundation
import Logging
import WatchCore

/// `watch/feed.xml` (and `feed-<source-id>.xml`): an RFC 4287 Atom feed of the latest articles,
/// written atomically. Entries carry the body as HTML with its attachments; a correction moves
/// the entry's `<updated>` and marks it, and a removed article is marked (`AtomFeed+Entry`).
public struct AtomFeed: Sendable {
    /// Entries kept in the feed (DESIGN.md: the latest 100).
    public static let maxEntries = 100
    /// The global feed's file name in the watch folder.
    public static let fileName = "feed.xml"
    /// Characters of body text in an entry's summary.
    public static let summaryLength = 200

    /// The feed's permanent id.
    public var feedID: String
    public var title: String
    /// The feed's own address, when it is served somewhere; else the file name, relative.
    public var selfURL: String
    /// A page the feed describes (the first source, say); omitted when `nil`.
    public var alternateURL: String?

    public init(
        feedID: String = "urn:bureauwatch:feed", title: String = "bureauwatch",
        selfURL: String = "feed.xml", alternateURL: String? = nil
    ) {
        self.feedID = feedID
        self.title = title
        self.selfURL = selfURL
        self.alternateURL = alternateURL
    }

    /// The global feed as `settings` and the configured `sources` describe it.
    public init(settings: FeedSettings, sources: [SourceConfig]) {
        self.init(title: settings.title(for: sources), alternateURL: settings.link(for: sources))
    }

    /// One source's feed, `feed-<source-id>.xml`, titled after the source.
    public static func forSource(_ source: SourceConfig, settings: FeedSettings) -> AtomFeed {
        AtomFeed(
            feedID: "urn:bureauwatch:feed:" + source.id,
            title: (settings.title ?? "bureauwatch") + " · " + source.name,
            selfURL: fileName(forSource: source.id), alternateURL: FeedSettings.publicLink(source.url))
    }

    /// `feed-<source-id>.xml`, the id made safe as in watch-file names.
    public static func fileName(forSource id: String) -> String {
        "feed-" + WatchFileName.safe(id, max: WatchFileName.maxSourceLength) + ".xml"
    }

    /// The stable entry id of an article: all its versions are one entry, updated.
    public static func entryID(_ article: DeliveredArticle) -> String {
        "urn:bureauwatch:article:" + article.id
    }

    /// Writes `feed.xml` into `folder` from `articles` (any order; newest 100 kept).
    public func write(_ articles: [DeliveredArticle], to folder: String, now: Date, logger: Logger) throws {
        try write(articles, to: folder, fileName: Self.fileName, now: now, logger: logger)
    }

    /// Writes the feed as `fileName` into `folder`.
    public func write(
        _ articles: [DeliveredArticle], to folder: String, fileName: String, now: Date,
        logger: Logger
    ) throws {
        try AtomicFile.ensureFolder(folder)
        try AtomicFile.write(Array(render(articles, now: now).utf8), to: fileName, in: folder)
        logger.debug(
            "feed written", metadata: ["file": "\(fileName)", "entries": "\(min(articles.count, Self.maxEntries))"])
    }

    /// The feed document. Only each article's newest version appears; entries newest first.
    public func render(_ articles: [DeliveredArticle], now: Date) -> String {
        let entries = Self.latest(articles)
        let updated = entries.first.map(\.fetched) ?? now
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        xml += "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
        xml += "  <id>\(XMLText.escape(feedID))</id>\n"
        xml += "  <title type=\"text\">\(XMLText.escape(title))</title>\n"
        xml += "  <updated>\(ShanghaiTime.utcTimestamp(updated))</updated>\n"
        xml += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"\(XMLText.escape(selfURL))\"/>\n"
        if let alternateURL {
            xml += "  <link rel=\"alternate\" type=\"text/html\" href=\"\(XMLText.escape(alternateURL))\"/>\n"
        }
        xml += "  <author><name>\(XMLText.escape(title))</name></author>\n"
        xml += "  <generator>bureauwatch</generator>\n"
        for article in entries { xml += Self.entry(article) }
        return xml + "</feed>\n"
    }

    /// Newest version of each article, most recently changed first, at most `maxEntries`.
    static func latest(_ articles: [DeliveredArticle]) -> [DeliveredArticle] {
        var newest: [String: DeliveredArticle] = [:]
        for article in articles where (newest[article.id]?.version ?? 0) < article.version {
            newest[article.id] = article
        }
        let sorted = newest.values.sorted { ($0.fetched, $0.id) > ($1.fetched, $1.id) }
        return Array(sorted.prefix(maxEntries))
    }
}
