extension DateScanner {
    /// A date in a page address: `/2023/10/26/`, `/2023-10-26/`, `/20231026/`, `t20150821_`,
    /// `_20150821`, or `/202310/` (the first of that month). Digits must stand apart from
    /// other digits, so ids like `1000200033136` are not read as dates.
    static func urlDate(in url: String) -> DayStamp? {
        let path = url.split(separator: "?", maxSplits: 1).first.map(String.init) ?? url
        if let found = firstDate(in: path) { return found }
        let scalars = Array(path.unicodeScalars)
        var index = 0
        while index < scalars.count {
            if let found = packedDate(scalars, at: index) { return found }
            index += 1
        }
        return nil
    }

    /// `YYYYMMDD` or `YYYYMM` standing alone between non-digits.
    static func packedDate(_ scalars: [Unicode.Scalar], at index: Int) -> DayStamp? {
        guard index > 0, !isDigit(scalars[index - 1]),
            let run = number(scalars, at: index, minimum: 6, maximum: 8)
        else { return nil }
        let length = run.end - index
        switch length {
        case 8:
            return DayStamp(year: run.value / 10000, month: run.value / 100 % 100, day: run.value % 100)
        case 6 where scalars[index - 1] == "/" && run.end < scalars.count && scalars[run.end] == "/":
            return DayStamp(year: run.value / 100, month: run.value % 100, day: 1)
        default:
            return nil
        }
    }
}
