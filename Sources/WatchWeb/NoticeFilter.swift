import Foundation

/// What the notices page was asked for: `?q=` (search), `?source=`, `?since=` and `?until=`
/// (days, `YYYY-MM-DD`, both inclusive, counted on China's clock).
struct NoticeFilter: Sendable, Equatable {
    var query: String = ""
    var sourceID: String = ""
    var since: String = ""
    var until: String = ""
    /// Set when a date could not be read: the page says so instead of guessing.
    var problem: String?

    /// Reads the query string's parameters; unknown ones are ignored.
    init(parameters: [String: String]) {
        query = parameters["q"]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        sourceID = parameters["source"] ?? ""
        since = parameters["since"] ?? ""
        until = parameters["until"] ?? ""
        for (label, text) in [("since", since), ("until", until)] where !text.isEmpty && Self.day(text) == nil {
            problem = "日期无效 Invalid date in ‘\(label)’: use YYYY-MM-DD."
        }
    }

    /// The first instant of `since`'s day.
    var lowerBound: Date? { Self.day(since) }

    /// The first instant after `until`'s day.
    var upperBound: Date? {
        Self.day(until).flatMap { DisplayText.chinaCalendar.date(byAdding: .day, value: 1, to: $0) }
    }

    /// Whether an article dated `date` (its published time, else when it was first seen) is in range.
    func admits(_ date: Date) -> Bool {
        if let lowerBound, date < lowerBound { return false }
        if let upperBound, date >= upperBound { return false }
        return true
    }

    /// Midnight of a `YYYY-MM-DD` day in China time.
    static func day(_ text: String) -> Date? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, text.count == 10 else { return nil }
        let components = DateComponents(year: parts[0], month: parts[1], day: parts[2])
        guard components.isValidDate(in: DisplayText.chinaCalendar) else { return nil }
        return DisplayText.chinaCalendar.date(from: components)
    }
}
