/// A CSS selector outside the supported subset, or malformed; names where it went wrong. Only
/// the parser makes one: its memberwise init stays internal.
public struct CSSSelectorError: Error, Hashable, CustomStringConvertible {
    /// The selector as given.
    public let selector: String
    /// The 1-based character position of the problem.
    public let position: Int
    /// What was expected or found there.
    public let reason: String

    public var description: String {
        "bad selector \"\(selector)\" at position \(position): \(reason)"
    }
}
