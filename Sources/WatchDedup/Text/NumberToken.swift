/// Reads one number from folded units: digits, thousands groups (`2,238`), one decimal part
/// (`156.9`); leading zeros dropped so that `08` and `8` (dates written two ways) agree.
enum NumberToken {
    /// Reads the number starting at `start` into `digits` (ASCII) and returns the index after it.
    static func read(_ units: [UInt32], from start: Int, into digits: inout [UInt8]) -> Int {
        digits.removeAll(keepingCapacity: true)
        var index = start
        var hasDecimal = false
        while index < units.count {
            let unit = units[index]
            if CompatibilityFold.isDigit(unit) {
                digits.append(UInt8(unit))
            } else if unit == CompatibilityFold.comma, !hasDecimal, isThousandsGroup(units, comma: index) {
                // skip the separator; the group's digits follow
            } else if unit == CompatibilityFold.dot, !hasDecimal, index + 1 < units.count,
                CompatibilityFold.isDigit(units[index + 1])
            {
                digits.append(UInt8(CompatibilityFold.dot))
                hasDecimal = true
            } else {
                break
            }
            index += 1
        }
        var leadingZeros = 0
        while leadingZeros + 1 < digits.count, digits[leadingZeros] == 0x30,
            digits[leadingZeros + 1] != UInt8(CompatibilityFold.dot)
        {
            leadingZeros += 1
        }
        digits.removeFirst(leadingZeros)
        return index
    }

    /// Exactly three digits after the comma, then no digit: `2,238` but not `1,2` or `1,2345`.
    private static func isThousandsGroup(_ units: [UInt32], comma: Int) -> Bool {
        let end = comma + 4
        guard end <= units.count else { return false }
        for index in (comma + 1)..<end where !CompatibilityFold.isDigit(units[index]) { return false }
        return end == units.count || !CompatibilityFold.isDigit(units[end])
    }
}
