import Foundation
import WatchCore
import WatchTesting

/// A store that notes what a scheduler asks of its leases: the sources of each claim, those each
/// look ahead asked about, how many polls read their own start (`pollStart`) or their own
/// recheck targets, and the finished polls each claim carried or that were recorded alone.
actor ClaimWatchingStore: ForwardingStore {
    let inner: any Store
    private(set) var claims: [[String]] = []
    private(set) var lookAheads: [[String]] = []
    private(set) var startsRead = 0
    private(set) var recheckTargetsRead = 0
    private(set) var carried: [[String]] = []
    private(set) var recordedAlone: [String] = []
    /// The claims that carried finished polls and were made to fail (`failCarryingClaims`), and
    /// the polls they carried.
    private(set) var failedClaims: [[String]] = []
    private(set) var failedCarried: [String] = []
    private var carryingClaimsToFail = 0

    /// The next `count` claims that carry finished polls throw, as a store gone for a moment.
    func failCarryingClaims(_ count: Int) { carryingClaimsToFail = count }

    init(_ inner: any Store) {
        self.inner = inner
    }

    func claimPolls(_ requests: [SourceLeaseRequest], now: Date, dueOnly: Bool) async throws -> PollClaims {
        claims.append(requests.map(\.sourceID))
        return try await inner.claimPolls(requests, now: now, dueOnly: dueOnly)
    }

    /// Handed on whole, so that `inner` records and claims in one call as it would in a daemon.
    func claimPolls(
        _ requests: [SourceLeaseRequest], now: Date, dueOnly: Bool, recording finished: [PollSuccessRecord]
    ) async throws -> PollClaims {
        if requests.isEmpty {
            recordedAlone += finished.map(\.sourceID)
        } else if !finished.isEmpty && carryingClaimsToFail > 0 {
            carryingClaimsToFail -= 1
            failedClaims.append(requests.map(\.sourceID))
            failedCarried += finished.map(\.sourceID)
            throw StoreError.corrupt("a claim made to fail by the test")
        } else {
            claims.append(requests.map(\.sourceID))
            carried.append(finished.map(\.sourceID))
        }
        return try await inner.claimPolls(requests, now: now, dueOnly: dueOnly, recording: finished)
    }

    func recordPollSuccess(sourceID: String, kind: SourceRole, at: Date, nextDue: Date) async throws {
        recordedAlone.append(sourceID)
        try await inner.recordPollSuccess(sourceID: sourceID, kind: kind, at: at, nextDue: nextDue)
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
