extension DateScanner {
    /// Month names and their usual abbreviations, lower case.
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
        "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
        "december": 12, "dec": 12,
    ]

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value >= 65 && scalar.value <= 90) || (scalar.value >= 97 && scalar.value <= 122)
    }

    /// `July 18, 2024`, `Jul. 18 2024`, `18 July 2024`, `2024 Jul 18` starting at `index`.
    static func englishDate(_ scalars: [Unicode.Scalar], at index: Int) -> DayStamp? {
        if let yearFirst = yearMonthDay(scalars, at: index) { return yearFirst }
        if let month = monthName(scalars, at: index) {
            var at = skip(scalars, from: month.end, over: " .")
            guard let day = number(scalars, at: at, minimum: 1, maximum: 2) else { return nil }
            at = skip(scalars, from: day.end, over: " ,")
            at = skipOrdinal(scalars, from: at)
            at = skip(scalars, from: at, over: " ,")
            guard let year = number(scalars, at: at, minimum: 4, maximum: 4) else { return nil }
            return DayStamp(year: year.value, month: month.value, day: day.value)
        }
        guard index == 0 || !isDigit(scalars[index - 1]),
            let day = number(scalars, at: index, minimum: 1, maximum: 2)
        else { return nil }
        let at = skip(scalars, from: skipOrdinal(scalars, from: day.end), over: " ")
        guard at > day.end || day.end < scalars.count, let month = monthName(scalars, at: at) else { return nil }
        let yearAt = skip(scalars, from: month.end, over: " .,")
        guard let year = number(scalars, at: yearAt, minimum: 4, maximum: 4) else { return nil }
        return DayStamp(year: year.value, month: month.value, day: day.value)
    }

    /// `2024 Jul 18` (citation metadata).
    static func yearMonthDay(_ scalars: [Unicode.Scalar], at index: Int) -> DayStamp? {
        guard index == 0 || !isDigit(scalars[index - 1]),
            let year = number(scalars, at: index, minimum: 4, maximum: 4),
            year.end < scalars.count, scalars[year.end] == " ",
            let month = monthName(scalars, at: year.end + 1)
        else { return nil }
        let dayAt = skip(scalars, from: month.end, over: " .")
        guard dayAt > month.end, let day = number(scalars, at: dayAt, minimum: 1, maximum: 2) else { return nil }
        return DayStamp(year: year.value, month: month.value, day: day.value)
    }

    static func monthName(_ scalars: [Unicode.Scalar], at index: Int) -> (value: Int, end: Int)? {
        guard index < scalars.count, isLetter(scalars[index]) else { return nil }
        if index > 0, isLetter(scalars[index - 1]) { return nil }
        var end = index
        var word = ""
        while end < scalars.count, isLetter(scalars[end]), end - index < 10 {
            word.unicodeScalars.append(scalars[end])
            end += 1
        }
        guard let month = months[word.lowercased()] else { return nil }
        return (month, end)
    }

    static func skip(_ scalars: [Unicode.Scalar], from index: Int, over set: String) -> Int {
        var at = index
        while at < scalars.count, set.unicodeScalars.contains(scalars[at]) { at += 1 }
        return at
    }

    /// Skips `st`, `nd`, `rd`, `th` after a day number.
    static func skipOrdinal(_ scalars: [Unicode.Scalar], from index: Int) -> Int {
        guard index + 1 < scalars.count else { return index }
        let pair = String(String.UnicodeScalarView([scalars[index], scalars[index + 1]])).lowercased()
        return ["st", "nd", "rd", "th"].contains(pair) ? index + 2 : index
    }
}
