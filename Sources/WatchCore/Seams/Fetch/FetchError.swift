/// A transfer that produced no usable response, as data: what kind of failure, and the detail.
public struct FetchError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Failure kinds, stable names used in metrics and on the source's record.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case dns
        case connect
        case timeout
        case tls
        /// The body passed `maxBodyBytes`.
        case tooLarge = "too_large"
        /// Too many redirects, a loop, or a redirect to a scheme other than http/https.
        case redirect
        /// The connection broke or the answer was not valid HTTP.
        case protocolError = "protocol"
        /// An HTTP status that is not a success (after retries).
        case http
        /// robots.txt forbids the URL.
        case robots
        /// A 200 that is no usable page: empty, a login or captcha wall, a list without links.
        case content
        case cancelled
        /// An article could not be kept: the store or the watch folder refused the write
        /// (read-only, full, corrupt). The poll counts as failed, so it is loud.
        case store
        /// The poll ran past its time budget and was cut short.
        case budget
        case other
    }

    public var kind: Kind
    public var url: String
    public var message: String
    /// The HTTP status, for `.http`.
    public var status: Int?

    public init(kind: Kind, url: String, message: String, status: Int? = nil) {
        self.kind = kind
        self.url = url
        self.message = SecretRedaction.redact(message) // messages reach logs and the store
        self.status = status
    }

    public var description: String { "\(kind.rawValue): \(message) (\(SecretRedaction.redact(url)))" }
}
