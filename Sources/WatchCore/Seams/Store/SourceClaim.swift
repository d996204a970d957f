import Foundation

/// What a daemon's claim on one due source found (`SourceLeaseStore.claimSources`).
public enum SourceClaim: Sendable, Hashable {
    /// The lease is this daemon's: poll the source now.
    case claimed
    /// Another daemon holds an unexpired lease (it is polling the source): look again at its expiry.
    case held(by: String, until: Date)
    /// Another daemon polled the source already: it is next due at `until`.
    case notDue(until: Date)
    /// Another daemon's claim was writing the source's row at that moment: look again shortly.
    case contended
}
