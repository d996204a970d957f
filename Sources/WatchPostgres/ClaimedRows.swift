import Foundation
import WatchCore

/// Reads a claim's rows (`PollStatements.Claim`, `ClaimOne`) into `PollClaims`: one row per
/// claimed source and recheck target, the source's columns first (read once per source), then
/// its list page's validators, then the target's.
struct ClaimedRows {
    private let polls: Set<String>
    private let rechecked: Set<String>
    private var lastID: String?
    private(set) var claims = PollClaims(verdicts: [:])

    init(_ wanted: [SourceLeaseRequest]) {
        polls = Set(wanted.filter { $0.listURL != nil }.map(\.sourceID))
        rechecked = Set(wanted.filter { $0.listURL != nil && $0.recheckSince != nil }.map(\.sourceID))
    }

    /// The start of the recheck window a request sends: infinity reads no targets.
    static func recheckBound(_ request: SourceLeaseRequest) -> Double {
        request.recheckSince.map(StoreValues.seconds) ?? .infinity
    }

    /// Where a row's recheck target begins: after the source's columns and its list's validators.
    private static let targetColumn = PostgresStore.sourceColumnCount + 2

    mutating func read(_ row: StoreRow) throws {
        let id = try row.requiredString(0, "sources.id")
        if id != lastID {
            lastID = id
            claims.verdicts[id] = .claimed
            guard polls.contains(id) else { return }
            var start = try PostgresStore.pollStart(from: row)
            start.recheckTargets = rechecked.contains(id) ? [] : nil
            claims.starts[id] = start
        }
        // A source without targets has one row, its target's columns NULL.
        guard rechecked.contains(id), let target = try PostgresStore.recheckTarget(from: row, at: Self.targetColumn)
        else { return }
        claims.starts[id]?.recheckTargets?.append(target)
    }
}
