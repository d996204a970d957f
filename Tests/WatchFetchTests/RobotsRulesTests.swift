import Testing

@testable import WatchFetch

/// The robots.txt parser and matcher on their own: each case is a robots.txt, the agent that
/// asks, the paths it must be allowed and refused, and the crawl delay it must get.
@Suite struct RobotsRulesTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let testDescription: String
        let robots: String
        var agent = "bureauwatch"
        var allowed: [String] = []
        var refused: [String] = []
        var crawlDelay: Duration?
    }

    static let wildcardAndUs = "User-agent: *\nDisallow: /\n\nUser-agent: bureauwatch\nDisallow: /admin"
    static let mergedGroups = """
        # site policy
        User-agent: BureauWatch   # us
        User-agent: otherbot
        Disallow: /a
        Crawl-delay: 2

        User-agent: bureauwatch
        Disallow: /b
        Crawl-delay: 5
        """
    static let garbage = """
        Disallow: /orphan
        this is not a field
        <html>oops</html>
        User-agent: *
        Crawl-delay: soon
        Disallow: /private
        """

    static let cases: [Case] = [
        Case(
            testDescription: "our group wins over the wildcard", robots: wildcardAndUs,
            agent: "bureauwatch/0.1 (+https://example.org)", allowed: ["/news"], refused: ["/admin/login"]),
        Case(
            testDescription: "another crawler gets the wildcard group", robots: wildcardAndUs,
            agent: "othercrawler/2", refused: ["/news"]),
        Case(
            testDescription: "the longest match decides and Allow wins ties",
            robots: "User-agent: *\nDisallow: /gjyzj/\nAllow: /gjyzj/c100015/\nDisallow: /tie\nAllow: /tie",
            allowed: ["/gjyzj/c100015/common_list.shtml", "/tie"], refused: ["/gjyzj/c100276/list.shtml"]),
        Case(
            testDescription: "wildcards and end anchors",
            robots: "User-agent: *\nDisallow: /*.pdf$\nDisallow: /search*q=",
            allowed: ["/files/notice.pdf?download=1", "/search/?page=2"],
            refused: ["/files/notice.pdf", "/search/?page=2&q=邮政".percentEncodedForTest]),
        Case(
            testDescription: "an empty Disallow allows everything", robots: "User-agent: *\nDisallow:\n",
            allowed: ["/anything"]),
        Case(
            testDescription: "robots.txt itself is always allowed", robots: "User-agent: *\nDisallow: /\n",
            allowed: ["/robots.txt"], refused: ["/"]),
        Case(
            testDescription: "groups naming us are merged, comments ignored", robots: mergedGroups,
            agent: "bureauwatch/0.1", allowed: ["/c"], refused: ["/a/1", "/b/1"], crawlDelay: .seconds(5)),
        Case(
            testDescription: "non-ASCII patterns match encoded paths", robots: "User-agent: *\nDisallow: /通知\n",
            allowed: ["/news"], refused: ["/%E9%80%9A%E7%9F%A5/1.html"]),
        Case(
            testDescription: "garbage, a bad crawl delay and rules before any agent are ignored", robots: garbage,
            allowed: ["/orphan"], refused: ["/private"]),
    ]

    @Test(arguments: cases)
    func policy(_ example: Case) {
        let policy = RobotsRules(parsing: example.robots).policy(for: example.agent)
        for path in example.allowed { #expect(policy.allows(path: path), "\(path) should be allowed") }
        for path in example.refused { #expect(!policy.allows(path: path), "\(path) should be refused") }
        #expect(policy.crawlDelay == example.crawlDelay)
    }

    @Test func noGroupsMeansAllowAll() {
        #expect(RobotsRules(parsing: "").policy(for: "bureauwatch") == .allowAll)
    }
}

extension String {
    /// Percent-encodes the non-ASCII octets, as a URL on the wire carries them.
    var percentEncodedForTest: String { RobotsRules.encodePattern(self) }
}
