import Foundation

/// Dates as the bureaus state them: Asia/Shanghai, UTC+8 all year (no daylight saving since
/// 1991), so a fixed offset is exact and needs no time-zone database.
enum ShanghaiTime {
    static let offsetSeconds = 8 * 3600

    /// `2023-10-26T00:00:00+08:00`.
    static func timestamp(_ date: Date) -> String {
        let parts = fields(date)
        return String(
            format: "%04d-%02d-%02dT%02d:%02d:%02d+08:00",
            parts.year, parts.month, parts.day, parts.hour, parts.minute, parts.second)
    }

    /// True for midnight in Shanghai: how the extractor stores a notice that states only its day
    /// (the store keeps no precision, and no bureau publishes at 00:00:00 exactly).
    static func isDateOnly(_ date: Date) -> Bool {
        let parts = fields(date)
        return parts.hour == 0 && parts.minute == 0 && parts.second == 0
    }

    /// A publication time as the page stated it: `2023-10-26` for a date-only notice, else
    /// `timestamp`.
    static func stated(_ date: Date) -> String {
        isDateOnly(date) ? day(date) : timestamp(date)
    }

    /// `2023-10-26`, the day in Shanghai.
    static func day(_ date: Date) -> String {
        let parts = fields(date)
        return String(format: "%04d-%02d-%02d", parts.year, parts.month, parts.day)
    }

    /// RFC 3339 in UTC (`2026-11-21T10:00:00Z`), for WARC and Atom where UTC is customary.
    static func utcTimestamp(_ date: Date) -> String {
        let parts = fields(date, offset: 0)
        return String(
            format: "%04d-%02d-%02dT%02d:%02d:%02dZ",
            parts.year, parts.month, parts.day, parts.hour, parts.minute, parts.second)
    }

    /// `2026-11`, the month in UTC (WARC file names).
    static func utcMonth(_ date: Date) -> String {
        let parts = fields(date, offset: 0)
        return String(format: "%04d-%02d", parts.year, parts.month)
    }

    /// Calendar fields by integer arithmetic on the proleptic Gregorian calendar (days since
    /// 1970-03-01 split into 400-year eras); `Calendar` costs a millisecond per call on Linux.
    private static func fields(_ date: Date, offset: Int = offsetSeconds)
        -> (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int)
    {
        let local = Int(floor(date.timeIntervalSince1970)) + offset
        let days = Int(floor(Double(local) / 86_400))
        let secondOfDay = local - days * 86_400
        let shifted = days + 719_468 // days from 0000-03-01 to 1970-01-01
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153 // 0 = March
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day, secondOfDay / 3600, secondOfDay % 3600 / 60, secondOfDay % 60)
    }
}
