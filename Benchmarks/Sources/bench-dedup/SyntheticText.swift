import WatchTesting

/// Chinese-like texts from a seeded generator: words of one to four Han characters drawn with
/// a skewed (roughly Zipfian) frequency from a fixed vocabulary, sentences with commas, a few
/// numbers (`2024年`, `15.6亿件`), paragraphs. The same seed always gives the same text.
struct SyntheticText {
    /// The vocabulary: 6,000 words over the seeds' characters, the same for every text.
    private static let vocabulary: [[Unicode.Scalar]] = {
        var random = SplitMix64(state: 0xC0FFEE)
        return (0..<6_000).map { _ in
            let length = 1 + Int(random.next() % 4)
            return (0..<length).map { _ in CharacterPool.simplified.randomElement(using: &random)! }
        }
    }()

    /// A text of about `length` characters for `seed`.
    static func make(seed: UInt64, length: Int) -> String {
        var random = SplitMix64(state: seed)
        var out = String.UnicodeScalarView()
        var written = 0
        var inSentence = 0
        while written < length {
            if random.next() % 40 == 0 {
                out.append(contentsOf: "\(random.next() % 2_000).\(random.next() % 10)亿件".unicodeScalars)
            }
            let draw = Double(random.next() % 1_000_000) / 1_000_000
            let word = vocabulary[Int(draw * draw * Double(vocabulary.count))]
            out.append(contentsOf: word)
            written += word.count
            inSentence += 1
            if inSentence > 6, random.next() % 4 == 0 {
                out.append(random.next() % 3 == 0 ? "。" : "，")
                if random.next() % 8 == 0 { out.append(contentsOf: "\n　　".unicodeScalars) }
                inSentence = 0
            }
        }
        out.append("。")
        return String(out)
    }

    /// A mirror's copy of `text`: about one character in `garbleEvery` replaced, commas and
    /// full stops in ASCII, no indentation.
    static func mirrorCopy(of text: String, seed: UInt64, garbleEvery: Int) -> String {
        var random = SplitMix64(state: seed ^ 0xA5A5_A5A5)
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "，": out.append(",")
            case "。": out.append(".")
            case "　": continue
            default:
                if scalar.value >= 0x4E00, random.next() % UInt64(garbleEvery) == 0 {
                    out.append(CharacterPool.simplified.randomElement(using: &random)!)
                } else {
                    out.append(scalar)
                }
            }
        }
        return String(out)
    }
}
