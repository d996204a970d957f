import Foundation

/// One place where an article was seen.
public struct Sighting: Sendable, Hashable, Codable {
    public var url: String
    public var sourceID: String
    public var kind: SourceRole
    /// When this URL was first seen carrying the article.
    public var seenAt: Date
    /// How this page was tied to the article; nil for sightings stored before it was kept.
    public var match: MatchEvidence?

    public init(url: String, sourceID: String, kind: SourceRole, seenAt: Date, match: MatchEvidence? = nil) {
        self.url = url
        self.sourceID = sourceID
        self.kind = kind
        self.seenAt = seenAt
        self.match = match
    }
}
