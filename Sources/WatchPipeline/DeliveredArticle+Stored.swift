import Foundation
import WatchCore

extension DeliveredArticle {
    /// What the watch file, the feed and the payload say about a stored article.
    public init(_ stored: StoredArticle, sourceName: String, mirrors: [String], fetched: Date) {
        self.init(
            id: stored.shortID, title: stored.title, published: stored.published, source: stored.firstSourceID,
            sourceName: sourceName, publisher: stored.publisher, url: stored.firstURL,
            canonicalURL: stored.canonicalURL, mirrors: mirrors, attachments: stored.attachments,
            documentNumber: stored.documentNumber, fetched: fetched, contentSHA256: stored.fingerprint.sha256,
            paragraphs: Self.paragraphs(of: stored.body),
            version: stored.currentVersion, removed: stored.removed)
    }

    /// The same, saying what changed since `previousBody` (the version before this one).
    init(_ stored: StoredArticle, sourceName: String, mirrors: [String], fetched: Date, previousBody: String?) {
        self.init(stored, sourceName: sourceName, mirrors: mirrors, fetched: fetched)
        if let previousBody, stored.currentVersion > 1 {
            changes = LineDiff(from: previousBody, to: stored.body).summary()
        }
    }

    /// The non-empty lines of a stored body. Split on UTF-8 bytes: Foundation's
    /// `components(separatedBy:)` was a large share of rewriting the feed (BENCHMARKS.md, "The 304 cycle before and after").
    static func paragraphs(of body: String) -> [String] {
        body.utf8.split(separator: UInt8(ascii: "\n")).map { String(decoding: $0, as: UTF8.self) }
    }
}
