/// The seam to the network: one request in, a response or a `FetchError` out, never a throw.
/// The daemon uses libcurl (`WatchFetch`); unit tests use an in-memory twin.
public protocol Transport: Sendable {
    func send(_ request: HTTPRequest) async -> Result<HTTPResponse, FetchError>
}
