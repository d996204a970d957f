import Foundation

/// Dates as the bureaus state them: Asia/Shanghai, UTC+8 all year (no daylight saving since
/// 1991), so a fixed offset is exact and needs no time-zone database.
enum ShanghaiTime {
    static let offsetSeconds = 8 * 3600

    /// `2023-10-26T00:00:00+08:00`.
    static func timestamp(_ date: Date) -> String {
        let parts = fields(date)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02d+08:00",
                      parts.year, parts.month, parts.day, parts.hour, parts.minute, parts.second)
    }

    /// `2023-10-26`, the day in Shanghai.
    static func day(_ date: Date) -> String {
        let parts = fields(date)
        return String(format: "%04d-%02d-%02d", parts.year, parts.month, parts.day)
    }

    /// RFC 3339 in UTC (`2026-11-21T10:00:00Z`), for WARC and Atom where UTC is customary.
    static func utcTimestamp(_ date: Date) -> String {
        let parts = fields(date, offset: 0)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ",
                      parts.year, parts.month, parts.day, parts.hour, parts.minute, parts.second)
    }

    /// `2026-11`, the month in UTC (WARC file names).
    static func utcMonth(_ date: Date) -> String {
        let parts = fields(date, offset: 0)
        return String(format: "%04d-%02d", parts.year, parts.month)
    }

    private static func fields(_ date: Date, offset: Int = offsetSeconds)
        -> (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: offset)!
        let whole = Date(timeIntervalSince1970: floor(date.timeIntervalSince1970))
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: whole)
        return (c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0, c.second ?? 0)
    }
}
