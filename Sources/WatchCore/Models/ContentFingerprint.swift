/// What identifies an article's text for deduplication (computed by `WatchDedup`, kept by the store).
public struct ContentFingerprint: Sendable, Hashable, Codable {
    /// Lower-case hex SHA-256 of the normalized body: equal means the same text.
    public var sha256: String
    /// 64-bit SimHash over character shingles of the normalized body: a small Hamming distance
    /// means nearly the same text.
    public var simhash: UInt64
    /// The numbers and dates of the text, in order, normalized. Near-identical texts whose numbers
    /// differ (the May and the June statistics) are different articles.
    public var numbers: [String]
    /// The smallest distinct 32-bit shingle hashes of the normalized body, ascending (WatchDedup's
    /// `ContainmentSketch`): finds a copy that contains the text with additions, or is contained
    /// in it. Empty for texts stored before sketches were kept; those match by SimHash only.
    public var sketch: [UInt32]

    public init(sha256: String, simhash: UInt64, numbers: [String], sketch: [UInt32] = []) {
        self.sha256 = sha256
        self.simhash = simhash
        self.numbers = numbers
        self.sketch = sketch
    }

    /// The first 12 hex digits of the content hash: an article's id in file names and payloads.
    public var shortID: String { String(sha256.prefix(12)) }
}
