import Foundation
import Logging
import WatchCore

/// The watch folder: one Markdown file per article version, written atomically.
public struct WatchFolder: Sendable {
    /// The folder's path (created on first write).
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// Writes the file for `article` (v1 → `….md`, v2 → `….v2.md`) and returns its name. A later
    /// version keeps the day of the first version's file, so all versions sort together.
    @discardableResult
    public func write(_ article: DeliveredArticle, logger: Logger) throws -> String {
        try AtomicFile.ensureFolder(path)
        let name = try fileName(for: article)
        try AtomicFile.write(Array(WatchDocument.render(article).utf8), to: name, in: path)
        logger.debug("watch file written", metadata: ["file": "\(name)", "article": "\(article.id)"])
        return name
    }

    /// Rewrites `article`'s file only when the folder already has it (a sighting brings its
    /// `mirrors:` up to date; an operator's deleted file stays deleted). Returns the name, if rewritten.
    @discardableResult
    public func rewriteIfPresent(_ article: DeliveredArticle, logger: Logger) throws -> String? {
        let name = try fileName(for: article)
        guard FileManager.default.fileExists(atPath: path + "/" + name) else { return nil }
        try AtomicFile.write(Array(WatchDocument.render(article).utf8), to: name, in: path)
        logger.debug("watch file rewritten", metadata: ["file": "\(name)", "article": "\(article.id)"])
        return name
    }

    /// The name `write` uses for `article`.
    public func fileName(for article: DeliveredArticle) throws -> String {
        guard article.version > 1, let day = try firstVersionDay(of: article) else {
            return WatchFileName.name(for: article)
        }
        return WatchFileName.name(day: day, source: article.source, id: article.id, version: article.version)
    }

    /// The day prefix of the article's first-version file already in the folder, if any.
    private func firstVersionDay(of article: DeliveredArticle) throws -> String? {
        let ending = "_" + WatchFileName.stem(source: article.source, id: article.id) + ".md"
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: path)
        } catch {
            throw DeliveryError(path: path, operation: "list folder", message: "\(error)")
        }
        let first = names.filter { $0.hasSuffix(ending) && !$0.hasPrefix(".") }.sorted().first
        return first.map { String($0.prefix(while: { $0 != "_" })) }
    }
}
