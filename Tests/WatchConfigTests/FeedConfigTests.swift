import Testing
import WatchConfig
import WatchCore

/// `feed: { title, link }`: parsed, defaulted, and wrong values named at their line and column.
@Suite struct FeedConfigTests: ReadsConfigText {
    static let sources = """
        sources:
          - id: spb-news
            name: 国家邮政局
            kind: bureau
            url: https://www.spb.gov.cn/list.shtml
        """

    @Test func titleAndLinkAreReadAndBothAreOptional() throws {
        let config = try load("feed:\n  title: 邮政公告\n  link: https://example.org/notices\n" + Self.sources)
        #expect(config.feed == FeedSettings(title: "邮政公告", link: "https://example.org/notices"))
        let plain = try load(Self.sources)
        #expect(plain.feed == FeedSettings())
        #expect(plain.feed.title(for: plain.sources) == "bureauwatch · 国家邮政局")
        #expect(plain.feed.link(for: plain.sources) == "https://www.spb.gov.cn/list.shtml")
        #expect(try load("feed: { title: 只有标题 }\n" + Self.sources).feed.link == nil)
    }

    @Test(arguments: [
        ("feed:\n  link: javascript:alert(1)\n", 2, 9, "'link' in feed must be an http"),
        ("feed:\n  title: \"\"\n", 2, 10, "empty"),
        ("feed:\n  titel: x\n", 2, 3, "unknown key 'titel'"),
        ("feed: [a]\n", 1, 7, "mapping"),
    ])
    func aBadFeedIsNamedAtItsPlace(bad: String, line: Int, column: Int, expected: String) {
        let error = failure(bad + Self.sources)
        #expect(error?.line == line, "\(String(describing: error))")
        #expect(error?.column == column, "\(String(describing: error))")
        #expect(error?.message.contains(expected) == true, "\(String(describing: error))")
    }
}

/// A feed is shared: a source URL's token or password never becomes its link.
@Suite struct FeedLinkSecretTests {
    @Test func aLinkWithASecretIsCutToItsSite() {
        #expect(
            FeedSettings.publicLink("https://www.spb.gov.cn/list.shtml?page=2")
                == "https://www.spb.gov.cn/list.shtml?page=2")
        #expect(FeedSettings.publicLink("http://h.example:8080/list?access_token=abc123") == "http://h.example:8080/")
        #expect(FeedSettings.publicLink("http://bw:pw@h.example/list") == "http://h.example/")
    }
}
