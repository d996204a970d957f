import Testing

@testable import WatchFetch

/// The URL a fetch takes apart by hand (`FetchTarget.plain`) comes out as `URLComponents`
/// gives it, and what the hand parser does not take still gets a target.
@Suite struct FetchTargetTests {
    static let plainURLs = [
        "http://www.spb.gov.cn/gjyzj/c100015/common_list.shtml",
        "https://sh.spb.gov.cn/shyzglj/c100061/c100062/202312/t20231201_abc.html?x=1&y=%E4%B8%AD#top",
        "HTTP://WWW.SPB.GOV.CN:8080/A/B.HTML",
        "http://127.0.0.1:41234/list/17.html",
        "http://example.org",
        "http://example.org?only=query",
        "http://example.org#only-fragment",
        "https://example.org:0443/a;b=c/d@e:f/~g?h=/i?j#k/l?m",
        "http://example.org/a%2Fb/?",
        "http://a-b.example.org/(x)*+,!$'",
    ]

    @Test func plainURLsAreTakenApartByHandAsURLComponentsDoes() throws {
        for url in Self.plainURLs {
            let plain = try #require(FetchTarget.plain(url), "\(url) not taken by hand")
            #expect(plain == FetchTarget(components: url), "\(url)")
        }
        let target = try #require(FetchTarget("HTTP://WWW.SPB.GOV.CN:8080/A/B.HTML?Q#F"))
        #expect(target.origin == "http://www.spb.gov.cn:8080")
        #expect(target.hostKey == "www.spb.gov.cn:8080")
        #expect(target.pathAndQuery == "/A/B.HTML?Q")
    }

    @Test func otherURLsGoToURLComponents() {
        let others = [
            "http://user:pass@example.org/a", "http://[::1]:8080/a", "http://例子.中国/路径",
            "http://example.org/路径", "http://example.org/a b", "http://example.org/%zz",
            "http://example.org:/a", "http://example.org:123456/a", "http://exa_mple.org/a",
            "http://example.org/a|b", "http://example.org/a#b#c", "ftp://example.org/a", "http:/example.org/a",
            "mailto:someone@example.org", "", "http://", "https://:80/a",
        ]
        for url in others {
            #expect(FetchTarget.plain(url) == nil, "\(url) taken by hand")
            #expect(FetchTarget(url) == FetchTarget(components: url), "\(url)")
        }
    }

    /// URLs made of the characters that matter to a URL's parts, compared both ways.
    @Test func randomURLsNeverDisagree() {
        var generator = SplitMix(seed: 0x5eed)
        // Mostly characters a plain URL may hold, now and then one it may not.
        func pick(_ valid: [String], _ invalid: [String], _ count: Int) -> String {
            (0..<count).map { _ in
                let pieces = generator.next() % 16 == 0 ? invalid : valid
                return pieces[Int(generator.next() % UInt64(pieces.count))]
            }.joined()
        }
        let hostValid = Array("aZ09.-".map(String.init))
        let hostInvalid = ["_", "%41", "@", "中", "[", "::1]"]
        let ports = ["", "", "", ":", ":8", ":080", ":65535", ":65536", ":123456", ":x"]
        let restValid = Array("aZ09.-_~:/?#@!$&'()*+,;=".map(String.init)) + ["%2F", "%e4"]
        let restInvalid = ["%zz", "%", " ", "|", "中", "[", "]", "\"", "<", "^", "`", "{", "\\"]
        var taken = 0
        for _ in 0..<20_000 {
            let scheme = ["http://", "https://", "HTTPS://", "http:/"][Int(generator.next() % 4)]
            let host = pick(hostValid, hostInvalid, Int(generator.next() % 10))
            let port = ports[Int(generator.next() % UInt64(ports.count))]
            let url = scheme + host + port + pick(restValid, restInvalid, Int(generator.next() % 16))
            guard let plain = FetchTarget.plain(url) else { continue }
            taken += 1
            #expect(plain == FetchTarget(components: url), "\(url)")
        }
        #expect(taken > 500, "the hand parser took only \(taken) URLs: the comparison says little")
    }
}

/// A small seeded generator, so a failure repeats.
private struct SplitMix {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
