/// A delivery output could not be written: which file, which step, and the system's words.
public struct DeliveryError: Error, Equatable, CustomStringConvertible {
    public let path: String
    public let operation: String
    public let message: String

    public init(path: String, operation: String, message: String) {
        self.path = path
        self.operation = operation
        self.message = message
    }

    public var description: String { "\(operation) \(path): \(message)" }
}
