import Foundation
import Testing
import WatchCore
import WatchTesting

/// A watch file never outlives a failed store commit: no file announces an article the store
/// does not hold (a full state disk, then a mirror copy recorded as a sighting of nothing).
@Suite struct FailedCommitTests {
    @Test(arguments: PipelineStore.Kind.allCases)
    func aPageWhoseCommitFailsLeavesNoWatchFile(kind: PipelineStore.Kind) async throws {
        let folder = try ScratchFolder()
        let watch = folder.url.appendingPathComponent("watch")
        let opened = try await PipelineStore(kind, folder: folder.url)
        defer { opened.remove() }
        let real = opened.store
        let source = SameNotice.source(1)
        let failingPipeline = try await Pipeline(
            store: CommitFailingStore(real), sources: [source], watch: watch, webhooks: [])
        let failing = failingPipeline.ingest

        await #expect(throws: CommitFailingStore.CommitFailed.self) {
            _ = try await failing.ingest([SameNotice.notice(from: 1)], from: source, validators: nil)
        }
        #expect(try failingPipeline.articleFiles().isEmpty)
        #expect(try await real.statistics().articles == 0)

        // Space is back: the same page is stored and its file written once.
        let healthyPipeline = try await Pipeline(store: real, sources: [source], watch: watch, webhooks: [])
        let healthy = healthyPipeline.ingest
        let outcome = try await healthy.ingest([SameNotice.notice(from: 1)], from: source, validators: nil)
        #expect(outcome.map(\.change) == [.newArticle])
        #expect(try healthyPipeline.articleFiles().count == 1)
    }
}
