import Foundation
import WatchCore

/// RFC 4180 CSV for `articles export --format csv`: every field quoted, quotes doubled, line
/// ends inside a body kept (quoted fields may span lines); the caller ends rows with CR LF.
enum ExportCSV {
    static let columns = [
        "id", "title", "published", "source", "url", "canonical_url", "publisher",
        "document_number", "first_seen", "version", "removed", "attachments", "body",
    ]

    static var header: String { line(columns) }

    static func row(_ article: StoredArticle) -> String {
        line([
            article.shortID, article.title, article.published.map(StateAccess.format) ?? "", article.firstSourceID,
            article.firstURL, article.canonicalURL ?? "", article.publisher ?? "", article.documentNumber ?? "",
            StateAccess.format(article.firstSeen), String(article.currentVersion), article.removed ? "true" : "false",
            article.attachments.map(\.url).joined(separator: " "), article.body,
        ])
    }

    /// The row's end, as RFC 4180 has it.
    static let rowEnd = "\r\n"

    /// The fields quoted and joined.
    private static func line(_ fields: [String]) -> String {
        fields.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: ",")
    }
}
