import Foundation

/// The parts of a page URL the fetcher needs: the host politeness counts against, whose
/// robots.txt applies (the origin) and what it is matched against (path and query).
struct FetchTarget: Sendable, Hashable {
    /// `scheme://host[:port]`, lowercased scheme and host.
    var origin: String
    /// `host[:port]`, lowercased: one politeness budget per server, whatever the scheme.
    var hostKey: String
    var pathAndQuery: String

    /// Every fetch takes its URL apart: a plain one (`plain`) without Foundation, whose
    /// `URLComponents` ran the host through ICU's IDNA each time (3 % of a daemon's CPU in an
    /// unchanged cycle); anything else (user info, IPv6, percent signs in the host, non-ASCII)
    /// through `URLComponents`, as before.
    init?(_ url: String) {
        if let plain = Self.plain(url) {
            self = plain
        } else {
            self.init(components: url)
        }
    }

    init?(components url: String) {
        guard let components = URLComponents(string: url),
            let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = components.percentEncodedHost?.lowercased(), !host.isEmpty
        else { return nil }
        self.init(
            plainScheme: scheme, host: host, port: components.port, path: components.percentEncodedPath,
            query: components.percentEncodedQuery)
    }

    /// From its parts: a lowercase scheme and host, and the path and query as written.
    init(plainScheme scheme: String, host: String, port: Int?, path: String, query: String?) {
        let port = port.map { ":\($0)" } ?? ""
        origin = "\(scheme)://\(host)\(port)"
        hostKey = host + port
        let path = path.isEmpty ? "/" : path
        pathAndQuery = query.map { "\(path)?\($0)" } ?? path
    }
}
