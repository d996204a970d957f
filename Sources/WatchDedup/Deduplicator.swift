import WatchCore

/// Decides whether a text is an article already known: the same normalized text (SHA-256),
/// nearly the same text (SimHash within `threshold` bits) with the same numbers, or a text that
/// contains a known one or lies inside it (`ContainmentSketch`), numbers in the same order.
///
/// A value type: the pipeline owns one (an actor or a single task), and the store's fingerprints
/// fill it at start-up through `load(_:)`.
public struct Deduplicator: Sendable {
    /// Default Hamming threshold. Measured on the seeds (SimHash over 3-grams): copies differing
    /// in whitespace, punctuation width, traditional characters with pinyin and two garbles
    /// (seed 004) or a digest's closing attribution (seed 003) land 0–3 bits apart; different
    /// notices, same themes and stock phrases notwithstanding, 23 or more. 6 leaves room for
    /// noisier copies and stays far from unrelated texts; numbers guard the rest.
    public static let defaultThreshold = 6

    var index: NearDuplicateIndex
    var numbers = NumberTable()
    /// The first 64 bits of the SHA-256 → the first slot with that text. A prefix keeps the map
    /// at ~24 bytes per entry; an exact answer is confirmed by equal SimHashes, so a false one
    /// needs a 64-bit collision and a SimHash collision at once.
    var exact: [UInt64: NearDuplicateIndex.Slot] = [:]
    var containment = ContainmentIndex()

    /// An empty deduplicator. Throws when `threshold` is beyond what the index guarantees (0…7).
    public init(threshold: Int = Deduplicator.defaultThreshold) throws {
        index = try NearDuplicateIndex(threshold: threshold)
    }

    /// Texts remembered (removed ones not counted).
    public var count: Int { index.count }

    /// The Hamming threshold in use.
    public var threshold: Int { index.threshold }

    /// The known article `fingerprint` belongs to, or `.new`. Among near matches the nearest
    /// whose numbers agree (`NumberAgreement`) wins; ties go to the earliest inserted.
    public func decide(_ fingerprint: ContentFingerprint) -> DedupDecision {
        if let key = Self.exactKey(fingerprint.sha256), let slot = exact[key],
            index.simhash(at: slot) == fingerprint.simhash, let id = index.id(at: slot)
        {
            return .exact(articleID: id)
        }
        let wanted = NumberTable.encode(fingerprint.numbers)
        for match in index.matches(for: fingerprint.simhash)
        where NumberAgreement.agree(wanted, numbers.numbers(at: match.slot)) {
            return .near(articleID: match.id, distance: match.distance)
        }
        return containedMatch(fingerprint, numbers: wanted) ?? .new
    }

    /// Remembers `fingerprint` as a text of article `articleID` (a new article, a new version or
    /// a copy). A text already remembered for that article is left as it is: with several
    /// daemons, the texts read back from the store include the ones this daemon inserted.
    /// Throws `DedupError.invalidFingerprint` when the SHA-256 is not 64 hex digits.
    public mutating func insert(articleID: Int64, fingerprint: ContentFingerprint) throws {
        let key = try Self.validatedKey(fingerprint.sha256, articleID: articleID)
        if let slot = exact[key], index.id(at: slot) == articleID, index.simhash(at: slot) == fingerprint.simhash {
            return
        }
        let slot = index.insert(id: articleID, simhash: fingerprint.simhash)
        numbers.append(fingerprint.numbers)
        containment.append(fingerprint.sketch)
        if exact[key] == nil { exact[key] = slot }
    }

    /// Forgets the text `fingerprint` of article `articleID`; returns whether it was known.
    /// Another article with the very same text is then found as a near match at distance 0.
    @discardableResult
    public mutating func remove(articleID: Int64, fingerprint: ContentFingerprint) -> Bool {
        let slots = index.remove(id: articleID, simhash: fingerprint.simhash)
        if let key = Self.exactKey(fingerprint.sha256), let slot = exact[key], slots.contains(slot) {
            exact[key] = nil
        }
        return !slots.isEmpty
    }
}
