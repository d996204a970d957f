import Foundation
import Logging
import WatchCore

/// `watch/feed.xml`: an RFC 4287 Atom feed of the latest articles, written atomically.
public struct AtomFeed: Sendable {
    /// Entries kept in the feed (DESIGN.md: the latest 100).
    public static let maxEntries = 100
    /// The feed's file name in the watch folder.
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

    public init(feedID: String = "urn:bureauwatch:feed", title: String = "bureauwatch",
                selfURL: String = "feed.xml", alternateURL: String? = nil) {
        self.feedID = feedID
        self.title = title
        self.selfURL = selfURL
        self.alternateURL = alternateURL
    }

    /// The stable entry id of an article: all its versions are one entry, updated.
    public static func entryID(_ article: DeliveredArticle) -> String {
        "urn:bureauwatch:article:" + article.id
    }

    /// Writes `feed.xml` into `folder` from `articles` (any order; newest 100 kept).
    public func write(_ articles: [DeliveredArticle], to folder: String, now: Date, logger: Logger) throws {
        try AtomicFile.ensureFolder(folder)
        try AtomicFile.write(Array(render(articles, now: now).utf8), to: Self.fileName, in: folder)
        logger.debug("feed written", metadata: ["entries": "\(min(articles.count, Self.maxEntries))"])
    }

    /// The feed document. Only each article's newest version appears; entries newest first.
    public func render(_ articles: [DeliveredArticle], now: Date) -> String {
        let entries = Self.latest(articles)
        let updated = entries.first.map(\.fetched) ?? now
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        xml += "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
        xml += "  <id>\(XMLText.escape(feedID))</id>\n"
        xml += "  <title>\(XMLText.escape(title))</title>\n"
        xml += "  <updated>\(ShanghaiTime.utcTimestamp(updated))</updated>\n"
        xml += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"\(XMLText.escape(selfURL))\"/>\n"
        if let alternateURL {
            xml += "  <link rel=\"alternate\" href=\"\(XMLText.escape(alternateURL))\"/>\n"
        }
        xml += "  <author><name>\(XMLText.escape(title))</name></author>\n"
        xml += "  <generator>bureauwatch</generator>\n"
        for article in entries { xml += entry(article) }
        return xml + "</feed>\n"
    }

    /// Newest version of each article, newest fetch first, at most `maxEntries`.
    static func latest(_ articles: [DeliveredArticle]) -> [DeliveredArticle] {
        var newest: [String: DeliveredArticle] = [:]
        for article in articles where (newest[article.id]?.version ?? 0) < article.version {
            newest[article.id] = article
        }
        let sorted = newest.values.sorted { ($0.fetched, $0.id) > ($1.fetched, $1.id) }
        return Array(sorted.prefix(maxEntries))
    }

    private func entry(_ article: DeliveredArticle) -> String {
        let link = article.canonicalURL ?? article.url
        let author = article.publisher ?? article.sourceName
        var xml = "  <entry>\n"
        xml += "    <id>\(XMLText.escape(Self.entryID(article)))</id>\n"
        xml += "    <title type=\"text\">\(XMLText.escape(article.title))</title>\n"
        xml += "    <link rel=\"alternate\" href=\"\(XMLText.escape(link))\"/>\n"
        for mirror in article.mirrors { // the copies on mirror sites, as Atom's related links
            xml += "    <link rel=\"related\" href=\"\(XMLText.escape(mirror))\"/>\n"
        }
        xml += "    <updated>\(ShanghaiTime.utcTimestamp(article.fetched))</updated>\n"
        if let published = article.published {
            xml += "    <published>\(ShanghaiTime.utcTimestamp(published))</published>\n"
        }
        xml += "    <author><name>\(XMLText.escape(author))</name></author>\n"
        xml += "    <category term=\"\(XMLText.escape(article.source))\" label=\"\(XMLText.escape(article.sourceName))\"/>\n"
        xml += "    <summary type=\"text\">\(XMLText.escape(Summary.of(article, length: Self.summaryLength)))</summary>\n"
        xml += "    <content type=\"text\">\(XMLText.escape(WatchDocument.body(article)))</content>\n"
        return xml + "  </entry>\n"
    }
}
