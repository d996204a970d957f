import Foundation

extension Store {
    public var claimsCarryPollRecords: Bool { false }

    /// `recordPollSuccess` for a success as the scheduler holds it.
    public func recordPollSuccess(_ poll: PollSuccessRecord) async throws {
        try await recordPollSuccess(sourceID: poll.sourceID, kind: poll.kind, at: poll.at, nextDue: poll.nextDue)
    }

    /// The records, then the claim, one after the other: a store of one daemon has no round
    /// trip to save.
    public func claimPolls(
        _ requests: [SourceLeaseRequest], now: Date, dueOnly: Bool, recording finished: [PollSuccessRecord]
    ) async throws -> PollClaims {
        for poll in finished { try await recordPollSuccess(poll) }
        guard !requests.isEmpty else { return PollClaims(verdicts: [:]) }
        return try await claimPolls(requests, now: now, dueOnly: dueOnly)
    }
}
