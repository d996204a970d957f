import Foundation
import WatchExtract

/// What `extract --list` prints: each row with the rule that found it, the rows dropped with
/// their reasons, the next page, and why the page is no list when it is not.
struct ListReport: Encodable {
    struct Row: Encodable {
        var title: String
        /// `YYYY-MM-DD` in China time, as the row states it.
        var date: String?
        var url: String
        var rule: String
    }

    var url: String
    var rule: String?
    var rows: [Row]
    var dropped: [DroppedRow]
    var nextPage: String?
    /// Why the page is not a list (no rows, a wall); `nil` when it is one.
    var error: String?

    init(url: String, page: ListPage, problem: ListPageError?) {
        self.url = url
        rule = page.rule
        rows = page.items.map { item in
            Row(title: item.title, date: item.date.map(Self.day), url: item.url, rule: page.rule ?? "")
        }
        dropped = page.dropped
        nextPage = page.nextPageURL
        error = problem?.description
    }

    /// A row's day as the bureaus write it.
    static func day(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = ArticleExtractor.shanghai
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    func json() throws -> String {
        String(decoding: try StateAccess.jsonEncoder().encode(self), as: UTF8.self)
    }

    func text() -> String {
        var lines = ["list: \(url)"]
        if let error { lines.append("error: \(error)") }
        if let rule { lines.append("found by: \(rule)") }
        lines.append("rows: \(rows.count)")
        for row in rows {
            lines.append("  \(row.date ?? "----------")  \(row.title)")
            lines.append("              \(row.url)")
        }
        if !dropped.isEmpty {
            lines.append("dropped: \(dropped.count)")
            for row in dropped {
                let link = row.href.map { " <\($0)>" } ?? ""
                lines.append("  \(row.text.isEmpty ? "(no text)" : row.text)\(link): \(row.reason)")
            }
        }
        if let nextPage { lines.append("next page: \(nextPage)") }
        return lines.joined(separator: "\n")
    }
}
