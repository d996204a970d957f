/// Finds dates written in text: `2024-07-18`, `2024/7/18`, `2024.07.18`, `2024年7月18日`
/// (with an optional `10:30[:15]` after), English `July 18, 2024` / `18 July 2024`, and in URLs
/// `/2023/10/26/`, `/20231026/`, `t20150821_`, `/202310/` (day 1 of the month).
enum DateScanner {
    /// The first date in `text`, or nil.
    static func firstDate(in text: String) -> DayStamp? {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            if let found = numericDate(scalars, at: index) ?? englishDate(scalars, at: index) { return found }
            index += 1
        }
        return nil
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 48 && scalar.value <= 57 }

    /// Reads up to `maximum` digits at `index`; nil unless at least `minimum` were read.
    static func number(_ scalars: [Unicode.Scalar], at index: Int, minimum: Int, maximum: Int) -> (
        value: Int, end: Int
    )? {
        var end = index
        var value = 0
        while end < scalars.count, end - index < maximum, isDigit(scalars[end]) {
            value = value * 10 + Int(scalars[end].value - 48)
            end += 1
        }
        guard end - index >= minimum else { return nil }
        if end < scalars.count, isDigit(scalars[end]) { return nil }
        return (value, end)
    }

    /// `YYYY sep M sep D`, where sep is `-`, `/`, `.` or `年`/`月`.
    static func numericDate(_ scalars: [Unicode.Scalar], at index: Int) -> DayStamp? {
        if index > 0, isDigit(scalars[index - 1]) { return nil }
        guard let year = number(scalars, at: index, minimum: 4, maximum: 4) else { return nil }
        guard let first = separator(scalars, at: year.end, chinese: "年") else { return nil }
        guard let month = number(scalars, at: first.end, minimum: 1, maximum: 2) else { return nil }
        guard let second = separator(scalars, at: month.end, chinese: "月"), second.kind == first.kind else {
            return nil
        }
        guard let day = number(scalars, at: second.end, minimum: 1, maximum: 2) else { return nil }
        var end = day.end
        if end < scalars.count, scalars[end] == "日" || scalars[end] == "号" { end += 1 }
        return DayStamp(
            year: year.value, month: month.value, day: day.value,
            secondOfDay: timeOfDay(scalars, at: end))
    }

    /// A date separator at `index`: the scalar and where the next number starts.
    static func separator(_ scalars: [Unicode.Scalar], at index: Int, chinese: Unicode.Scalar) -> (
        kind: Unicode.Scalar, end: Int
    )? {
        var at = index
        while at < scalars.count, scalars[at] == " " { at += 1 }
        guard at < scalars.count else { return nil }
        let scalar = scalars[at]
        let kind: Unicode.Scalar
        switch scalar {
        case "-", "/", ".": kind = scalar
        case chinese: kind = "年"
        default: return nil
        }
        at += 1
        while at < scalars.count, scalars[at] == " " { at += 1 }
        return (kind, at)
    }

    /// `HH:MM[:SS]` (after optional spaces or `T`), as seconds after midnight.
    static func timeOfDay(_ scalars: [Unicode.Scalar], at index: Int) -> Int? {
        var at = index
        while at < scalars.count, scalars[at] == " " || scalars[at] == "T" || scalars[at] == "\u{3000}" { at += 1 }
        guard let hour = number(scalars, at: at, minimum: 1, maximum: 2), hour.value < 24,
            hour.end < scalars.count, scalars[hour.end] == ":" || scalars[hour.end] == "：",
            let minute = number(scalars, at: hour.end + 1, minimum: 2, maximum: 2), minute.value < 60
        else { return nil }
        var seconds = hour.value * 3600 + minute.value * 60
        if minute.end < scalars.count, scalars[minute.end] == ":",
            let second = number(scalars, at: minute.end + 1, minimum: 2, maximum: 2), second.value < 60
        {
            seconds += second.value
        }
        return seconds
    }
}
