import Foundation
import WatchCore

extension SourceLeaseRequest {
    /// The lease one poll of `source` starting at `now` needs: its budget, and the margin for
    /// recording it (`SourceLease.expiry`). The daemon's claims and `fetch`'s ask for the same,
    /// and name the list page and the recheck window, so the claim reads the poll's start and
    /// its recheck targets (`claimPolls`).
    init(polling source: SourceConfig, at now: Date) {
        self.init(
            sourceID: source.id, kind: source.kind,
            expiresAt: SourceLease.expiry(now: now, budget: SourcePoller.budget(for: source)),
            listURL: SourcePoller.firstListURL(of: source),
            recheckSince: SourcePoller.recheckSince(for: source, at: now))
    }
}
