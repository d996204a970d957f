import Foundation

/// The parts of a page URL the fetcher needs: the host politeness counts against, whose
/// robots.txt applies (the origin) and what it is matched against (path and query).
struct FetchTarget: Sendable, Hashable {
    /// `scheme://host[:port]`, lowercased scheme and host.
    var origin: String
    /// `host[:port]`, lowercased: one politeness budget per server, whatever the scheme.
    var hostKey: String
    var pathAndQuery: String

    init?(_ url: String) {
        guard let components = URLComponents(string: url),
            let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = components.percentEncodedHost?.lowercased(), !host.isEmpty
        else { return nil }
        let port = components.port.map { ":\($0)" } ?? ""
        origin = "\(scheme)://\(host)\(port)"
        hostKey = host + port
        let path = components.percentEncodedPath.isEmpty ? "/" : components.percentEncodedPath
        pathAndQuery = components.percentEncodedQuery.map { "\(path)?\($0)" } ?? path
    }
}
