import Foundation
import Testing
import WatchCore
import WatchPipeline

/// `pages: N` over a real server: the CMS's next pages are read and every new article on
/// them is requested.
@Suite struct PaginationTests {
    /// Three article rows per page, numbered from `first`, under `folder`.
    static func rows(_ first: Int, folder: String) -> [(path: String, title: String)] {
        (first..<(first + 3)).map { ("\(folder)/202609/a\($0).shtml", "关于第\($0)号快递业务的通知公告") }
    }

    func serveArticles(_ numbers: ClosedRange<Int>, folder: String, on harness: PipelineHarness) {
        for number in numbers {
            harness.site.set(
                "\(folder)/202609/a\(number).shtml",
                Pages.article("关于第\(number)号快递业务的通知公告", seed: UInt64(number)))
        }
    }

    @Test func commonListPagesAreFollowedToPageThreeAndEveryArticleIsRequested() async throws {
        let harness = try await PipelineHarness()
        defer { harness.stop() }
        let folder = "/gjyzj/c100015/c100016"
        harness.site.set(
            "\(folder)/common_list.shtml",
            Pages.list(Self.rows(1, folder: folder), extra: "<a href=\"common_list_2.shtml\">下一页</a>"))
        // Page 2 draws no pager: page 3's address comes from the CMS's naming.
        harness.site.set("\(folder)/common_list_2.shtml", Pages.list(Self.rows(4, folder: folder)))
        // The last page of a list often holds a single row: it is a list all the same.
        harness.site.set("\(folder)/common_list_3.shtml", Pages.list(Array(Self.rows(7, folder: folder).prefix(1))))
        serveArticles(1...7, folder: folder, on: harness)

        let report = await harness.poller.poll(harness.source("\(folder)/common_list.shtml", pages: 3))

        #expect(report.errors.isEmpty)
        #expect(report.newArticles == 7)
        for number in 1...7 { #expect(harness.paths.contains("\(folder)/202609/a\(number).shtml")) }
        #expect(!harness.paths.contains("\(folder)/common_list_4.shtml"))
    }

    @Test func trsIndexPagesArePredictedAndTheirArticlesRequested() async throws {
        let harness = try await PipelineHarness()
        defer { harness.stop() }
        let folder = "/xwdt"
        harness.site.set("\(folder)/index.html", Pages.list(Self.rows(1, folder: folder)))
        harness.site.set("\(folder)/index_1.html", Pages.list(Self.rows(4, folder: folder)))
        harness.site.set("\(folder)/index_2.html", Pages.list(Self.rows(7, folder: folder)))
        serveArticles(1...9, folder: folder, on: harness)
        let source = harness.source("\(folder)/index.html", pages: 3)

        let first = await harness.poller.poll(source)
        #expect(first.errors.isEmpty)
        #expect(first.newArticles == 9)
        for number in 7...9 { #expect(harness.paths.contains("\(folder)/202609/a\(number).shtml")) }

        // Nothing changed: page 1 answers 304, and the later pages are not asked again.
        let before = harness.paths.count
        let second = await harness.poller.poll(source)
        #expect(second.newArticles == 0)
        #expect(harness.paths[before...].filter { $0.hasPrefix("\(folder)/index") } == ["\(folder)/index.html"])
    }

    @Test func theListMorePageIsReadAfterTheFirstPage() async throws {
        let harness = try await PipelineHarness()
        defer { harness.stop() }
        let folder = "/gjyzj/c100276"
        let more =
            "/gjyzj/c100037/c100150/common_listmore.shtml?channelId=ce2d4d5628314ff7a81553529fb7f6a0&code=c100276"
        harness.site.set(
            "\(folder)/common_list.shtml",
            Pages.list(Self.rows(1, folder: folder), extra: "<a class=\"listmore\" href=\"\(more)\">更多</a>"))
        harness.site.set("/gjyzj/c100037/c100150/common_listmore.shtml", Pages.list(Self.rows(4, folder: folder)))
        serveArticles(1...6, folder: folder, on: harness)

        let report = await harness.poller.poll(harness.source("\(folder)/common_list.shtml", pages: 2))

        #expect(report.errors.isEmpty)
        #expect(harness.paths.contains(more))
        #expect(report.newArticles == 6)
    }
}
