import Foundation
import Logging
import WatchCore

/// The pipeline's one call per article change: writes the watch-folder file and plans the
/// outbox entries that announce it.
///
/// Order for crash safety: call this first, then commit the article and the returned entries in
/// one store transaction. A crash in between leaves a file that the re-run rewrites under the
/// same name with the same bytes, and entries whose ids the re-run derives again — so nothing is
/// lost and nothing is announced twice.
public struct ArticlePublisher: Sendable {
    public let folder: WatchFolder
    /// How payloads name the folder (`watch` in DESIGN.md's `"path": "watch/….md"`).
    public let pathPrefix: String

    public init(folder: WatchFolder, pathPrefix: String = "watch") {
        self.folder = folder
        self.pathPrefix = pathPrefix
    }

    /// What one change produced.
    public struct Outcome: Sendable, Hashable {
        /// The file written, or `nil` for a removal (which writes none).
        public var fileName: String?
        public var entries: [OutboxEntry]
    }

    /// Writes the file for a new, updated or restored article (none for `article.removed`) and returns the
    /// entries for every webhook that wants the event.
    public func publish(
        _ event: EventKind, article: DeliveredArticle, webhooks: [WebhookConfig], now: Date,
        logger: Logger
    ) throws -> Outcome {
        var fileName: String?
        switch event {
        case .articleNew, .articleUpdated, .articleRestored: fileName = try folder.write(article, logger: logger)
        case .articleRemoved, .sourceFailing, .sourceRecovered, .test: fileName = nil
        }
        let name = try fileName ?? folder.fileName(for: article)
        let path = pathPrefix.isEmpty ? name : pathPrefix + "/" + name
        let entries = OutboxPlanner.entries(for: event, article: article, path: path, webhooks: webhooks, now: now)
        return Outcome(fileName: fileName, entries: entries)
    }

    /// A new sighting of a known article: its current file, when the folder holds it, is rewritten
    /// in place (atomically) with the article's `mirrors:`. No new file and no event; returns the
    /// name rewritten, if any.
    @discardableResult
    public func refreshMirrors(of article: DeliveredArticle, logger: Logger) throws -> String? {
        try folder.rewriteIfPresent(article, logger: logger)
    }
}
