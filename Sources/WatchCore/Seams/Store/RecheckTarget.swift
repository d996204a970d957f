/// An article URL due for a recheck, with the validators its conditional request sends.
public struct RecheckTarget: Sendable, Hashable {
    public var url: String
    public var validators: Validators?
    /// Whether a 304 for the URL must be recorded. A store may answer false when, as it read the
    /// target, the URL had no run of gone answers for a 304 to break and no other source sighted
    /// it: only a recheck of another source could start a run while this poll runs (a source is
    /// polled by one daemon at a time), so the 304 would change nothing. Skipping that write is
    /// most of a shared store's work for an unchanged source.
    public var needsNotModifiedRecord: Bool

    public init(url: String, validators: Validators?, needsNotModifiedRecord: Bool = true) {
        self.url = url
        self.validators = validators
        self.needsNotModifiedRecord = needsNotModifiedRecord
    }
}
