import Foundation

/// Builds `NormalizedText.comparable` and `numbers` from a display text.
enum ComparableText {
    /// The comparable text and numbers of `display` (already simplified).
    static func make(from display: String, resources: ConversionResources) throws
        -> (comparable: String, numbers: [String]) {
        if let units = units(of: display, fallback: false) { return assemble(units) }
        // A scalar the fast fold does not know: the full NFKC, then OpenCC again because NFKC
        // turns compatibility ideographs into unified ones that may be traditional.
        let compatible = try resources.simplified(display.precomposedStringWithCompatibilityMapping)
        return assemble(units(of: compatible, fallback: true) ?? [])
    }

    /// Folded scalars with each run of separators collapsed into one; nil when `fallback` is
    /// false and a scalar needs the full NFKC.
    static func units(of text: String, fallback: Bool) -> [UInt32]? {
        var units: [UInt32] = []
        units.reserveCapacity(text.utf8.count / 2)
        for scalar in text.unicodeScalars {
            let folded: UInt32
            if let fast = CompatibilityFold.fast(scalar.value) {
                folded = fast
            } else if fallback {
                folded = CompatibilityFold.general(scalar)
            } else {
                return nil
            }
            if folded == CompatibilityFold.separator, units.last ?? CompatibilityFold.separator == folded {
                continue
            }
            units.append(folded)
        }
        return units
    }

    /// Letters as they are, numbers canonical, `/` between two numbers that only punctuation
    /// separated (so `1-5月` and `15月` differ), separators and stray `.` `,` dropped.
    static func assemble(_ units: [UInt32]) -> (comparable: String, numbers: [String]) {
        var out = String.UnicodeScalarView()
        var numbers: [String] = []
        var buffer: [UInt8] = []
        var previousWasNumber = false
        var index = 0
        while index < units.count {
            let unit = units[index]
            if CompatibilityFold.isDigit(unit) {
                index = NumberToken.read(units, from: index, into: &buffer)
                let number = String(decoding: buffer, as: UTF8.self)
                if previousWasNumber { out.append("/") }
                out.append(contentsOf: number.unicodeScalars)
                numbers.append(number)
                previousWasNumber = true
            } else {
                index += 1
                guard unit != CompatibilityFold.separator, unit != CompatibilityFold.dot,
                      unit != CompatibilityFold.comma, let scalar = Unicode.Scalar(unit) else { continue }
                out.append(scalar)
                previousWasNumber = false
            }
        }
        return (String(out), numbers)
    }
}
