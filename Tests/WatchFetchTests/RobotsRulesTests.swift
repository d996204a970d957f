import Testing

@testable import WatchFetch

/// The robots.txt parser and matcher on their own.
@Suite struct RobotsRulesTests {
    @Test func ourGroupWinsOverTheWildcard() {
        let rules = RobotsRules(
            parsing: """
                User-agent: *
                Disallow: /

                User-agent: bureauwatch
                Disallow: /admin
                """)
        let ours = rules.policy(for: "bureauwatch/0.1 (+https://example.org)")
        #expect(ours.allows(path: "/news"))
        #expect(!ours.allows(path: "/admin/login"))
        #expect(!rules.policy(for: "othercrawler/2").allows(path: "/news"))
    }

    @Test func longestMatchDecidesAndAllowWinsTies() {
        let policy = RobotsRules(
            parsing: """
                User-agent: *
                Disallow: /gjyzj/
                Allow: /gjyzj/c100015/
                Disallow: /tie
                Allow: /tie
                """
        ).policy(for: "bureauwatch")
        #expect(!policy.allows(path: "/gjyzj/c100276/list.shtml"))
        #expect(policy.allows(path: "/gjyzj/c100015/common_list.shtml"))
        #expect(policy.allows(path: "/tie"))
    }

    @Test func wildcardsAndEndAnchors() {
        let policy = RobotsRules(
            parsing: """
                User-agent: *
                Disallow: /*.pdf$
                Disallow: /search*q=
                """
        ).policy(for: "bureauwatch")
        #expect(!policy.allows(path: "/files/notice.pdf"))
        #expect(policy.allows(path: "/files/notice.pdf?download=1"))
        #expect(!policy.allows(path: "/search/?page=2&q=邮政".percentEncodedForTest))
        #expect(policy.allows(path: "/search/?page=2"))
    }

    @Test func emptyDisallowAllowsEverythingAndRobotsTxtIsAlwaysAllowed() {
        let open = RobotsRules(parsing: "User-agent: *\nDisallow:\n").policy(for: "bureauwatch")
        #expect(open.allows(path: "/anything"))
        let closed = RobotsRules(parsing: "User-agent: *\nDisallow: /\n").policy(for: "bureauwatch")
        #expect(!closed.allows(path: "/"))
        #expect(closed.allows(path: "/robots.txt"))
    }

    @Test func groupsNamingUsAreMergedAndCommentsIgnored() {
        let policy = RobotsRules(
            parsing: """
                # site policy
                User-agent: BureauWatch   # us
                User-agent: otherbot
                Disallow: /a
                Crawl-delay: 2

                User-agent: bureauwatch
                Disallow: /b
                Crawl-delay: 5
                """
        ).policy(for: "bureauwatch/0.1")
        #expect(!policy.allows(path: "/a/1"))
        #expect(!policy.allows(path: "/b/1"))
        #expect(policy.allows(path: "/c"))
        #expect(policy.crawlDelay == .seconds(5))
    }

    @Test func nonASCIIPatternsMatchEncodedPaths() {
        let policy = RobotsRules(parsing: "User-agent: *\nDisallow: /通知\n").policy(for: "bureauwatch")
        #expect(!policy.allows(path: "/%E9%80%9A%E7%9F%A5/1.html"))
        #expect(policy.allows(path: "/news"))
    }

    @Test func garbageAndRulesBeforeAnyAgentAreIgnored() {
        let policy = RobotsRules(
            parsing: """
                Disallow: /orphan
                this is not a field
                <html>oops</html>
                User-agent: *
                Crawl-delay: soon
                Disallow: /private
                """
        ).policy(for: "bureauwatch")
        #expect(policy.allows(path: "/orphan"))
        #expect(!policy.allows(path: "/private"))
        #expect(policy.crawlDelay == nil)
    }

    @Test func noGroupsMeansAllowAll() {
        #expect(RobotsRules(parsing: "").policy(for: "bureauwatch") == .allowAll)
    }
}

extension String {
    /// Percent-encodes the non-ASCII octets, as a URL on the wire carries them.
    var percentEncodedForTest: String { RobotsRules.encodePattern(self) }
}
