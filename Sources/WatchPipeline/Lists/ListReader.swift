import WatchCore

/// The list step of a poll: from a fetched list page to its rows. One reader per list format
/// (`HTMLListReader`, `JSONListReader`), so the poll does not care what the site serves.
public protocol ListReader: Sendable {
    /// Reads `response`, page `page` (1-based) of `source`'s list.
    /// - Throws: when the page cannot be parsed at all (a bad selector, no URL to resolve against).
    func read(_ response: HTTPResponse, page: Int, source: SourceConfig) throws -> ListReading
}

/// The reader for a source's `list:` format.
public func listReader(for source: SourceConfig, clock: any WallClock = SystemClock()) -> any ListReader {
    switch source.list {
    case .html: HTMLListReader()
    case .json: JSONListReader(mapping: source.json ?? JSONListMapping(preset: .spbCMS), clock: clock)
    }
}
