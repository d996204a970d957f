/// An article URL due for a recheck, with the validators its conditional request sends.
public struct RecheckTarget: Sendable, Hashable {
    public var url: String
    public var validators: Validators?
    /// Its gone answers (404, 410) in a row, when the store read them with it: an answer needs
    /// recording only to break such a run (a 304 says the stored page still stands).
    public var goneCount: Int?

    public init(url: String, validators: Validators?, goneCount: Int? = nil) {
        self.url = url
        self.validators = validators
        self.goneCount = goneCount
    }

    /// Whether a 304 for it must be recorded: its run of gone answers is not known to be empty.
    public var mayBeGone: Bool { goneCount != 0 }
}
