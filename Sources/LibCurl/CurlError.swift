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
    public static let outOfMemory = 27
    public static let operationTimedOut = 28
    public static let abortedByCallback = 42
    public static let tooManyRedirects = 47
    /// Not libcurl's: a redirect `CurlRequest.redirectAllowed` refused before it was followed.
    public static let redirectRefused = -47
    public static let fileSizeExceeded = 63
    public static let sslConnectError = 35
    public static let peerFailedVerification = 60
    public static let receiveError = 56
    public static let sendError = 55
    public static let gotNothing = 52
    public static let partialFile = 18
    public static let badContentEncoding = 61
}

extension CurlError {
    /// The transfer was stopped through its `CurlCancellation`.
    static let cancelled = CurlError(code: abortedByCallback, message: "transfer cancelled")
}

extension CurlError {
    /// Name resolution failed: for the host (6) or the proxy (5).
    public static let dnsCodes: Set<Int> = [5, couldNotResolveHost]
    /// TLS handshakes and certificate checks: connect error (35), engine (53, 54), certificate
    /// problems (58, 60, 77, 83, 91), cipher (59), shutdown (80), pinned key mismatch (90).
    public static let tlsCodes: Set<Int> = [
        sslConnectError, 53, 54, 58, 59, peerFailedVerification,
        77, 80, 83, 90, 91,
    ]
    /// The peer broke HTTP: weird reply (8), partial file (18), empty reply (52), send/receive
    /// failures (55, 56), undecodable content encoding (61), HTTP/2 framing (16, 92).
    public static let protocolCodes: Set<Int> = [
        8, 16, partialFile, gotNothing, sendError, receiveError,
        badContentEncoding, 92,
    ]
}
