/// A libcurl failure: the `CURLcode` and libcurl's own words for it.
public struct CurlError: Error, Equatable, CustomStringConvertible {
    /// The raw `CURLcode`.
    public let code: Int
    /// libcurl's detailed message (from `CURLOPT_ERRORBUFFER`), or its generic text for the code.
    public let message: String

    public init(code: Int, message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { "curl error \(code): \(message)" }
}

extension CurlError {
    // The CURLcode values the rest of the program needs to tell apart, named once.
    public static let unsupportedProtocol = 1
    public static let couldNotResolveHost = 6
    public static let couldNotConnect = 7
    public static let writeError = 23
    public static let operationTimedOut = 28
    public static let abortedByCallback = 42
    public static let tooManyRedirects = 47
    public static let fileSizeExceeded = 63
    public static let sslConnectError = 35
    public static let peerFailedVerification = 60
    public static let receiveError = 56
    public static let sendError = 55
    public static let gotNothing = 52
    public static let partialFile = 18
    public static let badContentEncoding = 61
}
