/// A delivery output could not be written: which file, which step, and the system's words. Only
/// WatchDeliver throws one: its memberwise init stays internal.
public struct DeliveryError: Error, Equatable, CustomStringConvertible {
    public let path: String
    public let operation: String
    public let message: String

    public var description: String { "\(operation) \(path): \(message)" }
}
