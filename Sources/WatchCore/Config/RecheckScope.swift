/// Which stored article pages one source's poll re-requests. Recheck follows the pages' URLs,
/// not only the id of the source that found them: an id renamed in the config leaves sightings
/// under an id no source has, and the source whose URL is on the same site takes them over.
public struct RecheckScope: Sendable, Hashable {
    /// The polled source.
    public var sourceID: String
    /// The ids of every configured source: sightings under any other id are orphans.
    public var configuredSourceIDs: [String]
    /// URL prefixes (`scheme://host/`) of the orphans this source adopts; empty when another
    /// configured source on the same site adopts them first.
    public var adoptedURLPrefixes: [String]

    public init(sourceID: String, configuredSourceIDs: [String] = [], adoptedURLPrefixes: [String] = []) {
        self.sourceID = sourceID
        self.configuredSourceIDs = configuredSourceIDs
        self.adoptedURLPrefixes = adoptedURLPrefixes
    }

    /// Whether a sighting under `sightingSourceID` at `url` is this poll's to re-request.
    public func covers(sightingSourceID: String, url: String) -> Bool {
        if sightingSourceID == sourceID { return true }
        guard !configuredSourceIDs.contains(sightingSourceID) else { return false }
        return adoptedURLPrefixes.contains { url.hasPrefix($0) }
    }
}
