/// What a poll starts from: the source's record before it (nil for a source never polled), the
/// stored validators of its first list page, and the article pages due for a recheck when the
/// claim read them too.
public struct PollStart: Sendable, Hashable {
    public var previous: SourceStatus?
    public var listValidators: Validators?
    /// The source's own sightings due for a recheck (`Store.recheckTargets` with no adopted
    /// orphans), read by the claim when its request asked (`SourceLeaseRequest.recheckSince`);
    /// nil when nobody read them.
    public var recheckTargets: [RecheckTarget]?

    public init(previous: SourceStatus?, listValidators: Validators?, recheckTargets: [RecheckTarget]? = nil) {
        self.previous = previous
        self.listValidators = listValidators
        self.recheckTargets = recheckTargets
    }
}
