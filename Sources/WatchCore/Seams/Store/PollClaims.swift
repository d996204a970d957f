/// What a claim for polls found (`SourceLeaseStore.claimPolls`): each source's verdict, and for
/// each claimed source whose request named its list page, the start of its poll.
public struct PollClaims: Sendable, Hashable {
    public var verdicts: [String: SourceClaim]
    /// What `Store.pollStart` would read for the source, read by the claim itself.
    public var starts: [String: PollStart]

    public init(verdicts: [String: SourceClaim], starts: [String: PollStart] = [:]) {
        self.verdicts = verdicts
        self.starts = starts
    }
}
