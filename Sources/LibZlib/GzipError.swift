/// A zlib call reported failure: which call, and zlib's code and message.
public struct GzipError: Error, Equatable, CustomStringConvertible {
    public let operation: String
    public let code: Int32
    public let message: String

    public var description: String { "zlib: \(operation) failed (\(code)): \(message)" }
}
