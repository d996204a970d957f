import LibOpenCC

/// The characters OpenCC's traditional→simplified conversion changes, found once by asking
/// OpenCC about every Han character of the basic plane.
///
/// Why: OpenCC is by far the largest cost of normalization (bench-dedup fingerprints
/// traditional pages about ten times slower than simplified ones), and most pages are
/// already simplified. A text with none of these characters is left as it is (see
/// `Normalizer`), which equals OpenCC's output except where a phrase rule would rewrite
/// characters that are simplified on their own, something simplified text does not need.
struct TraditionalCharacterTable: Sendable {
    /// The probed range: CJK extension A through the compatibility ideographs.
    private static let probed: ClosedRange<UInt32> = 0x3400...0xFAFF
    private var bits: [UInt64]

    /// Asks `converter` about each character on its own line, so no phrase rule joins them.
    init(converter: ChineseConverter) throws {
        let probe = Self.probedCharacters()
        var input = String.UnicodeScalarView()
        for scalar in probe {
            input.append(scalar)
            input.append("\n")
        }
        let output: String
        do {
            output = try converter.convert(String(input))
        } catch {
            throw DedupError.conversion(detail: "probing OpenCC's character table: \(error)")
        }
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count >= probe.count else {
            throw DedupError.conversion(detail: "OpenCC returned \(lines.count) lines for \(probe.count) characters")
        }
        bits = [UInt64](repeating: 0, count: (Self.probed.count + 63) / 64)
        for (scalar, line) in zip(probe, lines) where !line.unicodeScalars.elementsEqual([scalar]) {
            let offset = Int(scalar.value - Self.probed.lowerBound)
            bits[offset >> 6] |= 1 << UInt64(offset & 63)
        }
    }

    private static func probedCharacters() -> [Unicode.Scalar] {
        let ranges: [ClosedRange<UInt32>] = [0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF]
        return ranges.flatMap { $0.compactMap(Unicode.Scalar.init) }
    }

    /// How many characters convert.
    var count: Int { bits.reduce(0) { $0 + $1.nonzeroBitCount } }

    /// Whether OpenCC would change `scalar` (Han characters beyond the basic plane are assumed to).
    func converts(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if Self.probed.contains(value) {
            let offset = Int(value - Self.probed.lowerBound)
            return bits[offset >> 6] & (1 << UInt64(offset & 63)) != 0
        }
        return value >= 0x20000 && HanCharacter.isHan(value)
    }

    /// Whether any scalar of `text` would change.
    func needsConversion(_ text: String) -> Bool {
        text.unicodeScalars.contains(where: converts)
    }
}
