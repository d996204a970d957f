import Foundation
import WatchCore
import WatchTesting

/// A store that notes what a scheduler asks of its leases: the sources of each claim, those each
/// look ahead asked about, and how many polls read their own start (`pollStart`) or their own
/// recheck targets.
actor ClaimWatchingStore: ForwardingStore {
    let inner: any Store
    private(set) var claims: [[String]] = []
    private(set) var lookAheads: [[String]] = []
    private(set) var startsRead = 0
    private(set) var recheckTargetsRead = 0

    init(_ inner: any Store) {
        self.inner = inner
    }

    func claimPolls(_ requests: [SourceLeaseRequest], now: Date, dueOnly: Bool) async throws -> PollClaims {
        claims.append(requests.map(\.sourceID))
        return try await inner.claimPolls(requests, now: now, dueOnly: dueOnly)
    }

    func refusedClaims(of ids: [String], now: Date) async throws -> [String: SourceClaim] {
        lookAheads.append(ids)
        return try await inner.refusedClaims(of: ids, now: now)
    }

    func pollStart(sourceID: String, listURL: String) async throws -> PollStart {
        startsRead += 1
        return try await inner.pollStart(sourceID: sourceID, listURL: listURL)
    }

    func recheckTargets(_ scope: RecheckScope, firstSeenAfter: Date) async throws -> [RecheckTarget] {
        recheckTargetsRead += 1
        return try await inner.recheckTargets(scope, firstSeenAfter: firstSeenAfter)
    }
}
