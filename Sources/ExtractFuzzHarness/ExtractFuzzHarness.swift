import Foundation
import LibXML
import WatchCore
import WatchExtract

/// One fuzz input through the page pipeline as the daemon runs it: charset decision and
/// decoding (`PageDecoder`), the libxml2 parse, then both extractors (`ListPageExtractor`,
/// `ArticleExtractor`, which splits digests). Shared by the libFuzzer entry point, its replay
/// tool and the regression test that replays every crash the fuzzer found.
///
/// The input's length picks one of a few fetch situations (Content-Type, override, selectors),
/// so every byte stays page content and the seed fixtures remain plain pages.
public enum ExtractFuzzHarness {
    /// A fixed "now", so a run is reproducible: the date finder never accepts later dates.
    static let now = Date(timeIntervalSince1970: 1_795_000_000)

    /// The fetch situations an input is replayed under.
    static let situations: [Situation] = [
        Situation(contentType: nil, override: nil, selectors: SourceSelectors()),
        Situation(
            contentType: "text/html; charset=utf-8", override: nil,
            selectors: SourceSelectors(item: "ul li", link: "a", date: "span", body: "div.detail-news")),
        Situation(
            contentType: "text/html; charset=gbk", override: nil,
            selectors: SourceSelectors(
                item: "//table//tr", link: ".//a[@href]", title: "a", date: "td[2]",
                body: "//div[@id='zoom']")),
        Situation(
            contentType: nil, override: "gb18030",
            selectors: SourceSelectors(item: "div.list > ul > li:nth-child(2n)", body: "#content p")),
    ]

    /// A Content-Type, an `encoding:` override and selectors, as one source would have them.
    struct Situation: Sendable {
        let contentType: String?
        let override: String?
        let selectors: SourceSelectors
    }

    /// Runs `bytes` through decode + parse + extract. Errors the pipeline reports (an empty
    /// page, a refused selector) are fine; only a crash, a hang or a sanitizer report is a finding.
    /// - Returns: the number of list links plus extracted articles, so the work is not optimised away.
    @discardableResult
    public static func exercise(_ bytes: [UInt8]) -> Int {
        let situation = situations[bytes.count % situations.count]
        let url = "http://www.spb.gov.cn/gjyzj/c100015/c100016/common_list.shtml"
        let page = PageDecoder().decode(
            bytes, contentType: situation.contentType, override: situation.override,
            url: url)
        guard let document = try? page.document() else { return 0 }
        let links = (try? ListPageExtractor().links(in: document, pageURL: url, selectors: situation.selectors))
        let articles = ArticleExtractor().extractDetailed(
            document: document, url: url,
            selectors: situation.selectors, now: now)
        // The same page parsed straight into a snapshot (the production path without a body
        // selector) must read exactly as the tree does.
        if let parsed = try? page.snapshot(), let index = parsed.firstDifference(from: document.snapshot()) {
            preconditionFailure("the parsed snapshot differs from the tree walk at node \(index)")
        }
        let parsed =
            (try? ArticleExtractor().extractDetailed(
                page: page, url: url, selectors: SourceSelectors(),
                now: now)) ?? []
        return (links?.items.count ?? 0) + articles.count + parsed.count
    }
}
