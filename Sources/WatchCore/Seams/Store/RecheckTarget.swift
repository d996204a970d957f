/// An article URL due for a recheck, with the validators its conditional request sends.
public struct RecheckTarget: Sendable, Hashable {
    public var url: String
    public var validators: Validators?

    public init(url: String, validators: Validators?) {
        self.url = url
        self.validators = validators
    }
}
