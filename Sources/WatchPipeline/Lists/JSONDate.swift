import Foundation

/// A row's date as JSON APIs write it: `YYYY-MM-DD[ HH:MM[:SS]]` (or with `T`) in China time,
/// or seconds or milliseconds since 1970.
enum JSONDate {
    static let shanghai = TimeZone(identifier: "Asia/Shanghai")!
    /// Numbers above this are milliseconds (1e11 seconds is the year 5138).
    static let millisecondThreshold = 100_000_000_000.0
    static let pattern = #"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?"#
    private static let regex = try! NSRegularExpression(pattern: pattern)

    static func parse(_ text: String) -> Date? {
        if let number = Double(text), text.allSatisfy(\.isNumber) {
            return Date(timeIntervalSince1970: number > millisecondThreshold ? number / 1000 : number)
        }
        guard let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return nil }
        let part = { (index: Int) -> Int? in Range(match.range(at: index), in: text).flatMap { Int(text[$0]) } }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = shanghai
        let components = DateComponents(
            year: part(1), month: part(2), day: part(3),
            hour: part(4) ?? 0, minute: part(5) ?? 0, second: part(6) ?? 0)
        guard let month = components.month, (1...12).contains(month),
            let day = components.day, (1...31).contains(day)
        else { return nil }
        return calendar.date(from: components)
    }
}
