import Synchronization
import Testing

@testable import WatchConfig

/// URLs and selectors that could only fail at fetch time are refused when the file is read.
@Suite struct URLAndSelectorCheckTests {
    @Test(arguments: [
        ("https://www.spb.gov.cn:99999/list.shtml", "the port '99999' is not in 1–65535"),
        ("https://www.spb.gov.cn:0/", "the port '0' is not in 1–65535"),
        ("https://www.spb.gov.cn:http/", "the port 'http' is not in 1–65535"),
        ("ftp://www.spb.gov.cn/", "the scheme 'ftp' is not http or https"),
        ("https:///list.shtml", "it has no host"),
        ("https://www.spb gov.cn/", "the host 'www.spb gov.cn' is not a host name"),
        ("www.spb.gov.cn/list.shtml", "it is not an absolute http or https URL"),
    ])
    func badURLsAreNamed(url: String, problem: String) {
        #expect(URLCheck.problem(in: url) == problem)
    }

    @Test(arguments: [
        "https://www.spb.gov.cn/gjyzj/common_list.shtml", "http://127.0.0.1:8080/list.html",
        "http://[::1]:8080/", "https://user:pw@hooks.example.com:443/x?y=1", "https://邮政.中国/",
    ])
    func goodURLsPass(url: String) {
        #expect(URLCheck.problem(in: url) == nil)
    }

    static let config = """
        sources:
          - id: spb-news
            name: 国家邮政局
            kind: bureau
            url: https://www.spb.gov.cn/list.shtml
            selectors:
              item: "li"
              date: "span.bad"
        """

    @Test func theSelectorCheckSeesEveryFieldAndItsFailureIsLocated() throws {
        let seen = SeenSelectors()
        let loader = ConfigLoader(
            environment: [:],
            selectorCheck: { selector, field in
                seen.add("\(field)=\(selector)")
                return field == "date" ? "at character 5: no" : nil
            })
        #expect(
            throws: ConfigError(
                file: "s.yaml", line: 8, column: 13,
                message: "selectors.date 'span.bad' does not compile: at character 5: no")
        ) {
            try loader.parse(Self.config, file: "s.yaml")
        }
        #expect(seen.all == ["item=li", "date=span.bad"])
        #expect(throws: Never.self) { try ConfigLoader(environment: [:]).parse(Self.config, file: "s.yaml") }
    }
}

/// What the check was asked, in order (the check is `@Sendable`).
final class SeenSelectors: Sendable {
    private let entries = Mutex<[String]>([])
    func add(_ entry: String) { entries.withLock { $0.append(entry) } }
    var all: [String] { entries.withLock { $0 } }
}
