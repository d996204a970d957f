import Foundation
import WatchCore

extension DeliveredArticle {
    /// What the watch file, the feed and the payload say about a stored article.
    init(_ stored: StoredArticle, sourceName: String, mirrors: [String], fetched: Date) {
        self.init(id: stored.shortID, title: stored.title, published: stored.published, source: stored.firstSourceID,
                  sourceName: sourceName, publisher: stored.publisher, url: stored.firstURL,
                  canonicalURL: stored.canonicalURL, mirrors: mirrors, attachments: stored.attachments,
                  documentNumber: stored.documentNumber, fetched: fetched, contentSHA256: stored.fingerprint.sha256,
                  paragraphs: stored.body.components(separatedBy: "\n").filter { !$0.isEmpty },
                  version: stored.currentVersion)
    }
}
