import Foundation
import WatchCore

/// One fetched response to archive: what was asked, and what came back.
public struct ArchivedResponse: Sendable, Hashable {
    /// The URL the response is for (after redirects).
    public var url: String
    public var status: Int
    /// Response headers in order, as received.
    public var headers: [HTTPHeader]
    /// The body as the program received it (libcurl has already undone any content encoding).
    public var body: [UInt8]
    public var fetchedAt: Date

    public init(url: String, status: Int, headers: [HTTPHeader], body: [UInt8], fetchedAt: Date) {
        self.url = url
        self.status = status
        self.headers = headers
        self.body = body
        self.fetchedAt = fetchedAt
    }

    public init(_ response: HTTPResponse, fetchedAt: Date) {
        self.init(
            url: response.finalURL, status: response.status, headers: response.headers,
            body: response.body, fetchedAt: fetchedAt)
    }
}
