import Synchronization

/// Cookies kept for one poll: the transport loads them before each request and stores what the
/// server set after it, so a cookie-check wall (Set-Cookie, then a redirect back) is passed
/// once and its cookie sent on the poll's later requests. Nothing is written to disk, and the
/// transport sends a cookie only to the hosts it belongs to.
///
/// A poll runs with its own jar as `CookieJar.current` (a task-local value), so every fetch
/// of that poll, and none of another's, shares it.
public final class CookieJar: Sendable, Hashable {
    /// The jar of the running poll, if any.
    @TaskLocal public static var current: CookieJar?

    /// Cookies in libcurl's Netscape cookie-file line format.
    private let stored = Mutex<[String]>([])

    public init() {}

    public var lines: [String] { stored.withLock { $0 } }

    /// Replaces the jar's cookies with what the last request left (libcurl reports its whole jar).
    public func replace(with lines: [String]) {
        stored.withLock { $0 = lines }
    }

    public static func == (lhs: CookieJar, rhs: CookieJar) -> Bool { lhs === rhs }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}
