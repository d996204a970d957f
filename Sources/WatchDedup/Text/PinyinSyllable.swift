/// Recognises Hanyu Pinyin syllables as mirrors print them in ruby annotations: lower case, with
/// tone marks (`zhǎng`), a tone digit (`zhang3`) or no tone (`de`), `ü` also written `v`.
enum PinyinSyllable {
    /// Initials, two-letter ones first so that `zh` is not read as `z` + `h…`.
    private static let initials: [[UInt8]] = [
        "zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l",
        "g", "k", "h", "j", "q", "x", "r", "z", "c", "s", "y", "w",
    ]
    .map { Array($0.utf8) }

    /// Finals with `v` for `ü`. Initial + final over-generates a little (`bve`), which is harmless:
    /// the test only has to tell pinyin from English words and numbers.
    private static let finals: Set<[UInt8]> = Set(
        [
            "a", "o", "e", "i", "u", "v", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "ong", "er",
            "ia", "ie", "iao", "iu", "ian", "in", "iang", "ing", "iong", "io", "ua", "uo", "uai", "ui",
            "uan", "un", "uang", "ueng", "ue", "ve", "van", "vn",
        ].map { Array($0.utf8) })

    /// Tone-marked vowels (and `ü`) mapped to their bare ASCII letter.
    private static let toneLetters: [UInt32: UInt8] = {
        var table: [UInt32: UInt8] = [:]
        let groups: [(String, Character)] = [
            ("āáǎà", "a"), ("ēéěèê", "e"), ("īíǐì", "i"), ("ōóǒò", "o"), ("ūúǔù", "u"),
            ("üǖǘǚǜ", "v"), ("ńňǹ", "n"), ("ḿ", "m"),
        ]
        for (marked, bare) in groups {
            for scalar in marked.unicodeScalars { table[scalar.value] = bare.asciiValue }
        }
        return table
    }()

    /// Between syllables: a space or an apostrophe (`xi'an`, `xi’an`).
    private static let separators: Set<UInt32> = [0x20, 0x27, 0x2019]

    /// Longest annotation taken as pinyin (syllables): longer parentheses are prose.
    static let maximumSyllables = 4

    /// Whether `scalars` (the inside of a parenthesis) is 1…`maximumSyllables` pinyin syllables
    /// separated by spaces or apostrophes.
    static func isAnnotation(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        let syllables = scalars.split(whereSeparator: { separators.contains($0.value) })
        guard (1...maximumSyllables).contains(syllables.count) else { return false }
        return syllables.allSatisfy(isSyllable)
    }

    /// Whether `scalars` is one syllable: letters, tone marks, and at most one tone digit at the end.
    static func isSyllable(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        var letters: [UInt8] = []
        letters.reserveCapacity(scalars.count)
        for (offset, scalar) in scalars.enumerated() {
            let value = scalar.value
            if (0x61...0x7A).contains(value) {
                letters.append(UInt8(value))
            } else if let bare = toneLetters[value] {
                letters.append(bare)
            } else if (0x300...0x36F).contains(value) {
                continue // a combining tone mark over the previous letter
            } else if (0x30...0x35).contains(value), offset == scalars.count - 1, !letters.isEmpty {
                continue // tone number: zhang3
            } else {
                return false // upper case, other digits, other scripts: not an annotation
            }
        }
        return isValid(letters)
    }

    private static func isValid(_ letters: [UInt8]) -> Bool {
        guard !letters.isEmpty, letters.count <= 6 else { return false }
        if finals.contains(letters) { return true }
        for initial in initials where letters.starts(with: initial) {
            if finals.contains(Array(letters.dropFirst(initial.count))) { return true }
        }
        return false
    }
}
