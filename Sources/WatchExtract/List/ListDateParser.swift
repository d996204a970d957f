import Foundation

/// Reads the day a list row states: `2024-07-18`, `[2024-07-18]`, `2024/7/18`, `2024.07.18`,
/// `2024年7月18日`. A row showing only month and day (`07-18`) gets its year from the article
/// URL when the URL carries the same month (`/202407/`, `t20240718_`, `/2024/07/18/`); a
/// year guessed from the clock would be wrong on every archive page, so without such a URL the
/// date stays unknown.
enum ListDateParser {
    /// Year, month, day with `-`, `/`, `.` or 年月日 between them; no digit may touch either end.
    static let fullDatePattern = #"(?<!\d)((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)"#
    /// Month and day alone: `07-18`, `7/18`, `7月18日`.
    static let monthDayPattern = #"(?<!\d)(\d{1,2})\s*[-/月]\s*(\d{1,2})(?!\d)"#
    /// A year and month in an article URL: `/202310/`, `t20150821_`, `/2024/07/`, `/2024-07-`.
    static let urlYearMonthPattern =
        #"(?<!\d)((?:19|20)\d{2})[-/_]?(0[1-9]|1[0-2])(?!\d)|(?<!\d)((?:19|20)\d{2})[-/_]?(0[1-9]|1[0-2])\d{2}(?!\d)"#

    private static let fullDate = try! NSRegularExpression(pattern: fullDatePattern)
    private static let monthDay = try! NSRegularExpression(pattern: monthDayPattern)
    private static let urlYearMonth = try! NSRegularExpression(pattern: urlYearMonthPattern)

    /// Days are reckoned in the bureaus' own zone.
    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai")!
        return calendar
    }()

    /// The first date in `text`, midnight Asia/Shanghai; `articleURL` supplies the year of a
    /// month-and-day date.
    static func date(in text: String, articleURL: String?) -> Date? {
        if let match = numbers(fullDate, in: text), match.count == 3 {
            return day(year: match[0], month: match[1], day: match[2])
        }
        guard let match = numbers(monthDay, in: text), match.count == 2,
            let url = articleURL, let (year, month) = yearMonth(inURL: url), month == match[0]
        else { return nil }
        return day(year: year, month: match[0], day: match[1])
    }

    /// The year and month an article URL's path carries, if any.
    static func yearMonth(inURL url: String) -> (Int, Int)? {
        let path = URLComponents(string: url)?.path ?? url
        guard let match = numbers(urlYearMonth, in: path), match.count == 2 else { return nil }
        return (match[0], match[1])
    }

    /// A real calendar day (no 2 月 30 日), or `nil`.
    static func day(year: Int, month: Int, day: Int) -> Date? {
        let components = DateComponents(year: year, month: month, day: day)
        guard (1...12).contains(month), (1...31).contains(day),
            let date = calendar.date(from: components),
            calendar.component(.day, from: date) == day
        else { return nil }
        return date
    }

    /// The integer capture groups of the first match that captured anything.
    private static func numbers(_ regex: NSRegularExpression, in text: String) -> [Int]? {
        let range = NSRange(text.startIndex..., in: text)
        guard let match = regex.firstMatch(in: text, range: range) else { return nil }
        let values = (1..<match.numberOfRanges).compactMap { group -> Int? in
            Range(match.range(at: group), in: text).flatMap { Int(text[$0]) }
        }
        return values.isEmpty ? nil : values
    }
}
