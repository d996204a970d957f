import ArgumentParser
import Foundation
import WatchCore

/// `--source`, `--since` and `--until` of `articles list` and `articles export`. Dates are days
/// in China time (`YYYY-MM-DD`); both ends are included, and an article with no stated date is
/// placed by the day it was first seen.
struct ArticleFilter: ParsableArguments {
    @Option(name: .long, help: "Only articles seen on this source.") var source: String?
    @Option(name: .long, help: "Published on or after this day (YYYY-MM-DD, China time).") var since: ChinaDay?
    @Option(name: .long, help: "Published on or before this day (YYYY-MM-DD, China time).") var until: ChinaDay?

    func validate() throws {
        if let since, let until, since.start > until.start {
            throw ValidationError("--since \(since) is after --until \(until)")
        }
    }

    func query(limit: Int) -> ArticleQuery {
        ArticleQuery(sourceID: source, since: since?.start, until: until?.end, limit: limit)
    }
}

/// A calendar day in Asia/Shanghai (UTC+8 all year, no daylight saving since 1991).
struct ChinaDay: ExpressibleByArgument, CustomStringConvertible, Sendable {
    let year, month, day: Int
    /// Midnight at the start of the day, and at the start of the next.
    let start, end: Date

    init?(argument: String) {
        let parts = argument.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 8 * 3600) ?? .gmt
        let fields = DateComponents(year: year, month: month, day: day)
        guard fields.isValidDate(in: calendar), let start = calendar.date(from: fields),
            let end = calendar.date(byAdding: .day, value: 1, to: start)
        else { return nil }
        (self.year, self.month, self.day, self.start, self.end) = (year, month, day, start, end)
    }

    var description: String { String(format: "%04d-%02d-%02d", year, month, day) }
}
