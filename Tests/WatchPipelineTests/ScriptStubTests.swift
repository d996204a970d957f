import Foundation
import Testing
import WatchCore
import WatchPipeline

/// Channel addresses that are only a script or meta-refresh redirect (SITES.md's 137-byte stub).
@Suite struct ScriptStubTests {
    static let folder = "/gjyzj/c100276"

    func serveList(on harness: PipelineHarness) {
        let rows = (1...3).map { ("\(Self.folder)/202609/s\($0).shtml", "2026年\($0)月邮政行业运行情况") }
        harness.site.set("\(Self.folder)/common_list.shtml", Pages.list(rows))
        for number in 1...3 {
            harness.site.set(
                "\(Self.folder)/202609/s\(number).shtml",
                Pages.article("2026年\(number)月邮政行业运行情况", seed: 100 + UInt64(number)))
        }
    }

    @Test func aScriptStubOnTheSameSiteIsFollowedToTheList() async throws {
        let harness = try await PipelineHarness()
        defer { harness.stop() }
        serveList(on: harness)
        harness.site.set(
            "/gjyzj/c100275/pubtz.shtml", "<script>window.location.href=\"\(Self.folder)/common_list.shtml\"</script>")

        let report = await harness.poller.poll(harness.source("/gjyzj/c100275/pubtz.shtml"))

        #expect(report.errors.isEmpty)
        #expect(report.stubsFollowed == 1)
        #expect(report.newArticles == 3)
        #expect(harness.paths.prefix(2) == ["/gjyzj/c100275/pubtz.shtml", "\(Self.folder)/common_list.shtml"])
    }

    @Test func locationReplaceAndMetaRefreshAreFollowedToo() async throws {
        let harness = try await PipelineHarness()
        defer { harness.stop() }
        serveList(on: harness)
        harness.site.set("/a.html", "<meta http-equiv=\"refresh\" content=\"0;url=/b.html\">")
        harness.site.set("/b.html", "<script>location.replace('\(Self.folder)/common_list.shtml');</script>")

        let report = await harness.poller.poll(harness.source("/a.html"))

        #expect(report.errors.isEmpty)
        #expect(report.stubsFollowed == 2)
        #expect(report.newArticles == 3)
    }

    @Test func aStubToAnotherSiteIsAnErrorThatNamesIt() async throws {
        let harness = try await PipelineHarness()
        defer { harness.stop() }
        // 127.0.0.1 and localhost are two sites.
        let target = "http://localhost:\(harness.server.port)\(Self.folder)/common_list.shtml"
        harness.site.set("/pubtz.shtml", "<script>window.location.href=\"\(target)\"</script>")

        let report = await harness.poller.poll(harness.source("/pubtz.shtml"))

        let failure = try #require(report.failure)
        #expect(failure.kind == .redirect)
        #expect(failure.message.contains(target))
        #expect(harness.paths == ["/pubtz.shtml"])
    }

    @Test func stubsThatLoopFailAfterAFewHops() async throws {
        let harness = try await PipelineHarness()
        defer { harness.stop() }
        harness.site.set("/loop.html", "<script>window.location.href=\"/loop.html\"</script>")

        let report = await harness.poller.poll(harness.source("/loop.html"))

        #expect(report.failure?.kind == .redirect)
        #expect(harness.paths.count == 4) // the page and three hops
    }
}
