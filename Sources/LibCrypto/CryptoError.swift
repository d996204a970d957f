/// A libcrypto call reported failure.
public struct CryptoError: Error, Equatable, CustomStringConvertible {
    public let operation: String
    public var description: String { "libcrypto: \(operation) failed" }
}
