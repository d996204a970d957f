/// What came back: the final response after redirects.
public struct HTTPResponse: Sendable, Hashable {
    public var status: Int
    /// The URL of the final response, after redirects.
    public var finalURL: String
    public var headers: [HTTPHeader]
    public var body: [UInt8]
    /// Seconds from the start of the transfer to its end.
    public var totalSeconds: Double

    public init(
        status: Int, finalURL: String, headers: [HTTPHeader] = [], body: [UInt8] = [],
        totalSeconds: Double = 0
    ) {
        self.status = status
        self.finalURL = finalURL
        self.headers = headers
        self.body = body
        self.totalSeconds = totalSeconds
    }

    /// The first value of header `name` (case-insensitive).
    public func header(_ name: String) -> String? { headers.value(of: name) }
}
