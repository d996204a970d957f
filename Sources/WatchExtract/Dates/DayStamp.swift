import Foundation

/// A calendar date as a page writes it, with the time of day when one is given. Kept apart
/// from `Date` so the day is never shifted by a time-zone conversion.
public struct DayStamp: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int
    /// Seconds after midnight, when the page gives a time.
    public var secondOfDay: Int?

    public init?(year: Int, month: Int, day: Int, secondOfDay: Int? = nil) {
        guard (1990...2100).contains(year), (1...12).contains(month),
            (1...DayStamp.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
        self.secondOfDay = secondOfDay
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        let pad = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(pad(month))-\(pad(day))"
    }

    public static func < (lhs: DayStamp, rhs: DayStamp) -> Bool {
        (lhs.year, lhs.month, lhs.day, lhs.secondOfDay ?? 0) < (rhs.year, rhs.month, rhs.day, rhs.secondOfDay ?? 0)
    }

    /// The instant in `timeZone` (midnight when no time is known).
    public func date(in timeZone: TimeZone) -> Date? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let seconds = secondOfDay ?? 0
        return calendar.date(
            from: DateComponents(
                year: year, month: month, day: day, hour: seconds / 3600,
                minute: seconds / 60 % 60, second: seconds % 60))
    }

    /// The day `date` falls on in `timeZone`.
    public static func day(of date: Date, in timeZone: TimeZone) -> DayStamp? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return DayStamp(year: parts.year ?? 0, month: parts.month ?? 0, day: parts.day ?? 0)
    }

    /// Whether this day is after `today` (a time of day is ignored: "never in the future"
    /// is judged by the day).
    func isAfter(_ today: DayStamp) -> Bool {
        (year, month, day) > (today.year, today.month, today.day)
    }
}
