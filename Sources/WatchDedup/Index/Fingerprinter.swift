import LibCrypto
import WatchCore

/// Computes the `ContentFingerprint` of a normalized text.
///
/// The fingerprint is persisted by the store, so this algorithm is a format: changing the
/// shingle length, the shingle hash or the folding rules requires `algorithmVersion` to change
/// and stored fingerprints to be recomputed.
public enum Fingerprinter {
    /// Bumped whenever the same text would get a different fingerprint.
    public static let algorithmVersion = 2

    /// Shingle length in characters. Three Han characters are more specific than the word-like
    /// bigrams (which stock phrases such as 高质量发展 share across unrelated notices) while a
    /// garbled character still disturbs only three shingles.
    public static let shingleLength = 3

    /// The fingerprint of `text`: SHA-256 of the comparable text, its SimHash, its numbers, its
    /// containment sketch.
    public static func fingerprint(_ text: NormalizedText) throws -> ContentFingerprint {
        let digest: [UInt8]
        do {
            digest = try Digest.sha256(Array(text.comparable.utf8))
        } catch {
            throw DedupError.digest(detail: "\(error)")
        }
        return ContentFingerprint(
            sha256: Digest.hex(digest), simhash: simhash(of: text.comparable),
            numbers: text.numbers, sketch: ContainmentSketch.make(text.comparable))
    }

    /// 64-bit SimHash over the character `shingleLength`-grams of `comparable`, every shingle
    /// weighing the same (a repeated shingle counts each time). Bit i is set when more than half
    /// of the shingle hashes have bit i set. Empty text hashes to 0.
    public static func simhash(of comparable: String) -> UInt64 {
        var window: UInt64 = 0 // the last three scalars, 21 bits each
        var seen = 0
        var shingles: Int32 = 0
        // ones[k][j] counts the shingle hashes with bit 8k + j set: eight vector adds per
        // shingle instead of sixty-four scalar ones.
        return withUnsafeTemporaryAllocation(of: SIMD8<Int32>.self, capacity: 8) { ones in
            ones.initialize(repeating: .zero)
            for scalar in comparable.unicodeScalars {
                window = ((window << 21) | UInt64(scalar.value)) & 0x7FFF_FFFF_FFFF_FFFF
                seen += 1
                if seen >= shingleLength {
                    add(shingleHash(window), to: ones)
                    shingles += 1
                }
            }
            if seen > 0, seen < shingleLength { // shorter than one shingle: the whole text is one
                add(shingleHash(window), to: ones)
                shingles = 1
            }
            var result: UInt64 = 0
            for byte in 0..<8 {
                for lane in 0..<8 where 2 * ones[byte][lane] > shingles {
                    result |= 1 << UInt64(byte * 8 + lane)
                }
            }
            return result
        }
    }

    /// Each byte value's bits as eight 0/1 lanes.
    private static let byteBits: [SIMD8<Int32>] = (0..<256).map { byte in
        SIMD8<Int32>((0..<8).map { Int32((byte >> $0) & 1) })
    }

    private static func add(_ hash: UInt64, to ones: UnsafeMutableBufferPointer<SIMD8<Int32>>) {
        for byte in 0..<8 {
            ones[byte] &+= byteBits[Int(truncatingIfNeeded: (hash >> UInt64(byte * 8)) & 0xFF)]
        }
    }

    /// A well-mixed 64-bit hash of a shingle packed into 63 bits: xor with the golden ratio so
    /// 0 is not a fixed point, then a multiply-xorshift finalizer (every input bit flips each
    /// output bit with probability about 1/2, and the map is a bijection).
    static func shingleHash(_ packed: UInt64) -> UInt64 {
        var key = packed ^ 0x9E37_79B9_7F4A_7C15
        key ^= key >> 33
        key &*= 0xFF51_AFD7_ED55_8CCD
        key ^= key >> 33
        key &*= 0xC4CE_B9FE_1A85_EC53
        key ^= key >> 33
        return key
    }
}
