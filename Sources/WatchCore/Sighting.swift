import Foundation

/// One place where an article was seen.
public struct Sighting: Sendable, Hashable, Codable {
    public var url: String
    public var sourceID: String
    public var kind: SourceKind
    /// When this URL was first seen carrying the article.
    public var seenAt: Date

    public init(url: String, sourceID: String, kind: SourceKind, seenAt: Date) {
        self.url = url
        self.sourceID = sourceID
        self.kind = kind
        self.seenAt = seenAt
    }
}
