/// What a poll starts from: the source's record before it (nil for a source never polled) and
/// the stored validators of its first list page.
public struct PollStart: Sendable, Hashable {
    public var previous: SourceStatus?
    public var listValidators: Validators?

    public init(previous: SourceStatus?, listValidators: Validators?) {
        self.previous = previous
        self.listValidators = listValidators
    }
}
