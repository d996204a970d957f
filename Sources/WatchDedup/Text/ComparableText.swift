import Foundation

/// Builds `NormalizedText.comparable` and `numbers` from a display text.
enum ComparableText {
    /// The comparable text and numbers of `display` (already simplified).
    static func make(from display: String, resources: ConversionResources) throws
        -> (comparable: String, numbers: [String])
    {
        if let units = units(of: display, fallback: false) { return assemble(units) }
        // A scalar the fast fold does not know: the full NFKC, then OpenCC again because NFKC
        // turns compatibility ideographs into unified ones that may be traditional.
        let compatible = try resources.simplified(display.precomposedStringWithCompatibilityMapping)
        return assemble(units(of: compatible, fallback: true) ?? [])
    }

    /// Folded scalars with each run of separators collapsed into one; nil when `fallback` is
    /// false and a scalar needs the full NFKC.
    static func units(of text: String, fallback: Bool) -> [UInt32]? {
        var text = text
        return text.withUTF8 { bytes -> [UInt32]? in
            var units: [UInt32] = []
            units.reserveCapacity(bytes.count / 2)
            var index = 0
            while index < bytes.count {
                let (value, length) = UTF8Scalars.decode(bytes, at: index)
                index += length
                let folded: UInt32
                if let fast = CompatibilityFold.fast(value) {
                    folded = fast
                } else if fallback, let scalar = Unicode.Scalar(value) {
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
    }

    /// Letters as they are, numbers canonical, `/` between two numbers that only punctuation
    /// separated (so `1-5月` and `15月` differ), separators and stray `.` `,` dropped.
    static func assemble(_ units: [UInt32]) -> (comparable: String, numbers: [String]) {
        var out: [UInt8] = []
        out.reserveCapacity(units.count * 3)
        var numbers: [String] = []
        var digits: [UInt8] = []
        var previousWasNumber = false
        var index = 0
        while index < units.count {
            let unit = units[index]
            if CompatibilityFold.isDigit(unit) {
                index = NumberToken.read(units, from: index, into: &digits)
                if previousWasNumber { out.append(UInt8(ascii: "/")) }
                out.append(contentsOf: digits)
                numbers.append(String(decoding: digits, as: UTF8.self))
                previousWasNumber = true
            } else {
                index += 1
                guard unit != CompatibilityFold.separator, unit != CompatibilityFold.dot,
                    unit != CompatibilityFold.comma
                else { continue }
                UTF8Scalars.append(unit, to: &out)
                previousWasNumber = false
            }
        }
        return (String(decoding: out, as: UTF8.self), numbers)
    }
}
