import Foundation
import PostgresNIO
import WatchCore

/// Source leases (`SourceLeaseStore`): the due sources a daemon may poll now.
extension PostgresStore {
    public func claimSources(_ requests: [SourceLeaseRequest], now: Date, dueOnly: Bool) async throws
        -> [String: SourceClaim]
    {
        try await claimPolls(requests, now: now, dueOnly: dueOnly).verdicts
    }

    public func claimPolls(_ requests: [SourceLeaseRequest], now: Date, dueOnly: Bool) async throws -> PollClaims {
        try await claimPolls(requests, now: now, dueOnly: dueOnly, recording: [])
    }

    /// A claim's statement records the finished polls too: one round trip where there were two.
    public var claimsCarryPollRecords: Bool { true }

    /// The finished polls are recorded by the claim's own statement (`PollStatements.recordedPolls`),
    /// or, with nothing to claim, one `PollSuccess` each.
    public func claimPolls(
        _ requests: [SourceLeaseRequest], now: Date, dueOnly: Bool, recording finished: [PollSuccessRecord]
    ) async throws -> PollClaims {
        // Sorted, so two daemons creating the same new rows take their index entries in one order.
        let wanted = Dictionary(requests.map { ($0.sourceID, $0) }, uniquingKeysWith: { first, _ in first })
            .values.sorted { $0.sourceID < $1.sourceID }
        guard !wanted.isEmpty else {
            for poll in finished { try await recordPollSuccess(poll) }
            return PollClaims(verdicts: [:])
        }
        // One row is written once by one statement: a source's last record counts.
        let recorded = Dictionary(finished.map { ($0.sourceID, $0) }, uniquingKeysWith: { _, last in last })
            .values.sorted { $0.sourceID < $1.sourceID }
        let dueBy = dueOnly ? StoreValues.seconds(now.addingTimeInterval(SourceLease.dueTolerance.seconds)) : .infinity
        return try await read { db in
            var claims = try await claim(wanted, recording: recorded, now: now, dueBy: dueBy, db)
            let others = wanted.map(\.sourceID).filter { claims.verdicts[$0] == nil }
            guard !others.isEmpty else { return claims }
            for (id, lease, nextDue) in try await leaseRows(others, db) {
                claims.verdicts[id] = refusal(lease: lease, nextDue: dueOnly ? nextDue : nil, now: now)
            }
            // Rows are made only for the sources the store does not know yet (a new config's),
            // then claimed: the claim of known sources stays one statement. One still unclaimed
            // was made and claimed by another daemon at the same moment (`contended`).
            let missing = wanted.filter { claims.verdicts[$0.sourceID] == nil }
            guard !missing.isEmpty else { return claims }
            try await db.run(
                """
                INSERT INTO sources (id, kind)
                SELECT * FROM unnest(\(missing.map(\.sourceID))::text[], \(missing.map(\.kind.rawValue))::text[])
                ON CONFLICT (id) DO NOTHING
                """)
            let late = try await claim(missing, recording: [], now: now, dueBy: dueBy, db)
            claims.verdicts.merge(late.verdicts) { first, _ in first }
            claims.starts.merge(late.starts) { first, _ in first }
            return claims
        }
    }

    /// Records `finished` and takes the leases of `wanted` that are free and due
    /// (`PollStatements.Claim`), with the starts of the polls that asked for them.
    private func claim(
        _ wanted: [SourceLeaseRequest], recording finished: [PollSuccessRecord], now: Date, dueBy: Double,
        _ db: PostgresSession
    ) async throws -> PollClaims {
        var reader = ClaimedRows(wanted)
        let record = { (bindings: inout PostgresBindings) in
            bindings.append(finished.map(\.sourceID))
            bindings.append(finished.map(\.kind.rawValue))
            bindings.append(finished.map { StoreValues.seconds($0.at) })
            bindings.append(finished.map { StoreValues.seconds($0.nextDue) })
        }
        if wanted.count == 1, let one = wanted.first {
            try await db.forEachRow(
                Prepared<PollStatements.ClaimOne> {
                    $0.append(one.sourceID)
                    $0.append(daemonID)
                    $0.append(StoreValues.seconds(one.expiresAt))
                    $0.append(StoreValues.seconds(now))
                    $0.append(dueBy)
                    $0.append(one.listURL ?? "")
                    $0.append(ClaimedRows.recheckBound(one))
                    record(&$0)
                }
            ) { try reader.read($0) }
        } else {
            try await db.forEachRow(
                Prepared<PollStatements.Claim> {
                    $0.append(wanted.map(\.sourceID))
                    $0.append(wanted.map { StoreValues.seconds($0.expiresAt) })
                    $0.append(daemonID)
                    $0.append(StoreValues.seconds(now))
                    $0.append(dueBy)
                    $0.append(wanted.map { $0.listURL ?? "" }) // "" names no page
                    $0.append(wanted.map(ClaimedRows.recheckBound))
                    record(&$0)
                }
            ) { try reader.read($0) }
        }
        return reader.claims
    }

    public func refusedClaims(of ids: [String], now: Date) async throws -> [String: SourceClaim] {
        guard !ids.isEmpty else { return [:] }
        return try await read { db in
            var refused: [String: SourceClaim] = [:]
            for (id, lease, nextDue) in try await leaseRows(ids, db) {
                let verdict = refusal(lease: lease, nextDue: nextDue, now: now)
                if verdict != .contended { refused[id] = verdict }
            }
            return refused
        }
    }

    /// Each of `ids`' lease and next due time, as stored (no row for a source never claimed).
    private func leaseRows(_ ids: [String], _ db: PostgresSession) async throws
        -> [(id: String, lease: SourceLease?, nextDue: Date?)]
    {
        try await db.rows(Prepared<PollStatements.LeaseRows> { $0.append(ids) }) {
            (try $0.requiredString(0, "sources.id"), try $0.lease(holder: 1, expiry: 2), try $0.date(3))
        }
    }

    /// Why a source was not claimed, from its row as read just after the claim.
    func refusal(lease: SourceLease?, nextDue: Date?, now: Date) -> SourceClaim {
        if let lease, lease.holder != daemonID, lease.holds(at: now) {
            return .held(by: lease.holder, until: lease.expiresAt)
        }
        if let nextDue, nextDue > now.addingTimeInterval(SourceLease.dueTolerance.seconds) {
            return .notDue(until: nextDue)
        }
        return .contended
    }

    public func releaseSourceLeases() async throws {
        try await read { db in
            try await db.run(
                """
                UPDATE sources SET lease_holder = NULL, lease_expires_at = NULL WHERE lease_holder = \(daemonID)
                """)
        }
    }
}
