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

    public init(sha256: String, simhash: UInt64, numbers: [String]) {
        self.sha256 = sha256
        self.simhash = simhash
        self.numbers = numbers
    }

    /// The first 12 hex digits of the content hash: an article's id in file names and payloads.
    public var shortID: String { String(sha256.prefix(12)) }
}
