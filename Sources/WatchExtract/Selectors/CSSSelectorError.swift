/// A CSS selector outside the supported subset, or malformed; names where it went wrong.
public struct CSSSelectorError: Error, Hashable, CustomStringConvertible {
    /// The selector as given.
    public let selector: String
    /// The 1-based character position of the problem.
    public let position: Int
    /// What was expected or found there.
    public let reason: String

    public init(selector: String, position: Int, reason: String) {
        self.selector = selector
        self.position = position
        self.reason = reason
    }

    public var description: String {
        "bad selector \"\(selector)\" at position \(position): \(reason)"
    }
}
