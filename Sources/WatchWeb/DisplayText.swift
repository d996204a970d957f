import Foundation
import WatchCore

/// Turns stored data into text a page can show: control characters out, URLs with their secrets
/// masked, times in China's clock (the bureaus' own), links only to the web.
enum DisplayText {
    /// Stands in for a control character that a title or error message carried.
    static let replacement: Character = "\u{FFFD}"

    /// `text` with every control character except newline and tab replaced: a title copied
    /// from a hostile page must not reach the page (or a terminal someone pastes it into).
    static func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnwanted) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { isUnwanted($0) ? "\u{FFFD}" : $0 }))
    }

    /// A URL or message meant for people: cleaned and with credentials masked.
    static func shown(_ text: String) -> String {
        clean(SecretRedaction.redact(text))
    }

    /// `url` when it may be a link target (http or https only: no `javascript:` or `data:`).
    static func linkTarget(_ url: String) -> String? {
        let lowered = url.lowercased()
        guard lowered.hasPrefix("http://") || lowered.hasPrefix("https://") else { return nil }
        guard !url.unicodeScalars.contains(where: isUnwanted) else { return nil }
        return url
    }

    /// `2026-12-02 18:05` in China time; a date-only published value (midnight) as `2026-12-02`.
    static func time(_ date: Date?) -> String {
        guard let date else { return "—" }
        let parts = chinaCalendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let day = String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
        if parts.hour == 0 && parts.minute == 0 && parts.second == 0 { return day }
        return day + String(format: " %02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }

    /// The bureaus publish on China's clock (UTC+8, no daylight saving), so days are counted there.
    static let chinaTime = TimeZone(secondsFromGMT: 8 * 3600)!

    static let chinaCalendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = chinaTime
        return calendar
    }()

    private static func isUnwanted(_ scalar: Unicode.Scalar) -> Bool {
        scalar != "\n" && scalar != "\t"
            && (scalar.properties.generalCategory == .control
                || scalar.properties.generalCategory == .format && scalar.value >= 0x202A && scalar.value <= 0x202E)
    }
}
