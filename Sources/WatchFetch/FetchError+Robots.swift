import WatchCore

extension FetchError {
    /// How a robots.txt refusal starts; a deferral ("unreachable … host deferred") does not.
    static let robotsDisallowPrefix = "robots.txt disallows this URL"

    /// The failure of a URL robots.txt disallows for `userAgent`.
    static func robotsDisallowed(url: String, userAgent: String) -> FetchError {
        FetchError(kind: .robots, url: url, message: "\(robotsDisallowPrefix) for \(userAgent)")
    }

    /// Whether robots.txt refused this URL: the site asked us not to fetch it, which is a skip,
    /// not a failure of the source (a robots.txt the fetcher could not read is a failure).
    public var isRobotsDisallowed: Bool { kind == .robots && message.hasPrefix(Self.robotsDisallowPrefix) }
}
