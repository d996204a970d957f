/// A bottom-k sketch of a text's shingles: the `size` smallest distinct 32-bit shingle hashes,
/// ascending. It answers "is this text inside that one?" where SimHash, a symmetric measure,
/// cannot: a copy that adds a header, a footer or a note to a short notice is many bits away
/// from it, yet every shingle of the notice is in the copy.
///
/// Why the estimate is exact for a true containment: if every shingle of A is in B, each of A's
/// smallest hashes that is not above B's largest sketched hash is among B's smallest too, so it
/// is in B's sketch. `share(of:in:)` counts those found; for A inside B it is 1, whatever the
/// sizes, and for texts that only share stock phrases it is about their share of common shingles.
public enum ContainmentSketch {
    /// Hashes kept per text. 16 gives a share estimate within about ±0.1 for texts of similar
    /// size and costs 64 bytes per indexed text; `Deduplicator` asks for several eligible hashes
    /// before it trusts an estimate.
    public static let size = 16

    /// The sketch of a comparable text (empty text: empty sketch).
    public static func make(_ comparable: String) -> [UInt32] {
        var hashes: [UInt32] = []
        hashes.reserveCapacity(comparable.utf8.count / 3)
        var window: UInt64 = 0
        var seen = 0
        for scalar in comparable.unicodeScalars {
            window = ((window << 21) | UInt64(scalar.value)) & 0x7FFF_FFFF_FFFF_FFFF
            seen += 1
            if seen >= Fingerprinter.shingleLength { hashes.append(hash32(window)) }
        }
        if seen > 0, seen < Fingerprinter.shingleLength { hashes.append(hash32(window)) }
        hashes.sort()
        var sketch: [UInt32] = []
        sketch.reserveCapacity(size)
        for hash in hashes where sketch.last != hash {
            sketch.append(hash)
            if sketch.count == size { break }
        }
        return sketch
    }

    /// How much of the text sketched by `small` lies in the text sketched by `large`: the share
    /// of `small`'s hashes that `large` would have sketched if it held them and does hold, and
    /// how many such hashes there were (the estimate's weight).
    public static func share(of small: [UInt32], in large: [UInt32]) -> (share: Double, eligible: Int) {
        guard !small.isEmpty, !large.isEmpty else { return (0, 0) }
        // A text with fewer distinct shingles than `size` is sketched whole: every hash is eligible.
        let ceiling = large.count < size ? UInt32.max : large[large.count - 1]
        var eligible = 0
        var found = 0
        var cursor = 0
        for hash in small where hash <= ceiling {
            eligible += 1
            while cursor < large.count, large[cursor] < hash { cursor += 1 }
            if cursor < large.count, large[cursor] == hash { found += 1 }
        }
        return eligible == 0 ? (0, 0) : (Double(found) / Double(eligible), eligible)
    }

    /// The high half of the shingle hash SimHash uses: uniform, so the smallest ones are a
    /// random sample of the shingles.
    static func hash32(_ packed: UInt64) -> UInt32 {
        UInt32(truncatingIfNeeded: Fingerprinter.shingleHash(packed) >> 32)
    }
}
