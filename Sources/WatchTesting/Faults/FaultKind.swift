/// The ways a hostile or broken web server misbehaves, one per fault-site path
/// (`/fault/<rawValue>/list.html`): HTTP errors, broken connections, lying headers, bombs,
/// redirect tricks, and pages that answer 200 but hold no list.
public enum FaultKind: String, Sendable, CaseIterable {
    case status500 = "status-500"
    case status502 = "status-502"
    case status503 = "status-503"
    /// 429 with `Retry-After` longer than a poll sits out, so it lands on the source's record.
    case tooManyRequests = "status-429"
    /// A port nobody listens on.
    case connectionRefused = "connection-refused"
    /// Headers and part of the body, then a TCP reset.
    case resetMidBody = "reset-mid-body"
    /// Accepts the connection and never answers.
    case acceptAndHang = "accept-and-hang"
    /// Headers, then one byte at a time, slower than any timeout allows.
    case slowDrip = "slow-drip"
    /// Chunked encoding that stops in the middle of a chunk.
    case truncatedChunked = "truncated-chunked"
    /// `Content-Length` larger than the bytes sent before the close.
    case contentLengthLonger = "content-length-longer"
    /// `Content-Length` smaller than the page: the client sees a stub.
    case contentLengthShorter = "content-length-shorter"
    /// `Content-Encoding: gzip` that expands to gigabytes of zeros, sent without a length.
    case gzipBomb = "gzip-bomb"
    /// A 50 MB page.
    case hugePage = "huge-page"
    case redirectLoop = "redirect-loop"
    case redirectToFile = "redirect-file"
    case redirectToFTP = "redirect-ftp"
    case redirectToGopher = "redirect-gopher"
    /// Bytes that are not HTTP at all.
    case garbage
    /// A status line followed by header lines without colons and a bare CR.
    case malformedHeaders = "malformed-headers"
    /// One header of 1 MB.
    case hugeHeader = "huge-header"
    /// A GB18030 list page whose `Content-Type` says UTF-8.
    case wrongCharset = "wrong-charset"
    case empty200 = "empty-200"
    case loginPage = "login-page"
    case captchaPage = "captcha-page"
    /// A 200 HTML page without a single link.
    case noLinks = "no-links"
    /// A known article that answers 404 after its first read.
    case articleGone404 = "gone-404"
    /// A known article that answers 410 after its first read.
    case articleGone410 = "gone-410"
    /// A 301 to the same list on another host name (localhost): followed, not a failure.
    case redirectOtherHost = "redirect-other-host"

    /// Faults whose list page is fine but whose article turns into 404 or 410.
    public var isArticleGone: Bool { self == .articleGone404 || self == .articleGone410 }
}
