import Foundation
import Testing
import WatchCore
import WatchTesting

/// Ingest decides, records and indexes one article at a time: polls running at once that carry
/// near-duplicates of one notice store it once.
@Suite struct ConcurrentIngestTests {
    static let copies = 20

    @Test(arguments: PipelineStore.Kind.durable)
    func twentyConcurrentIngestsOfNearDuplicatesStoreOneArticle(kind: PipelineStore.Kind) async throws {
        let folder = try ScratchFolder()
        let opened = try await PipelineStore(kind, folder: folder.url)
        defer { opened.remove() }
        let store = opened.store
        let sources = (0..<Self.copies).map { SameNotice.source($0) }
        let pipeline = try await Pipeline(
            store: store, sources: sources, watch: folder.url.appendingPathComponent("watch"),
            webhooks: [])
        let ingest = pipeline.ingest

        let changes = try await withThrowingTaskGroup(of: [RecordOutcome.Change].self) { group in
            for number in 0..<Self.copies {
                group.addTask {
                    try await ingest.ingest([SameNotice.notice(from: number)], from: sources[number], validators: nil)
                        .map(\.change)
                }
            }
            return try await group.reduce(into: []) { $0 += $1 }
        }

        #expect(changes.filter { $0 == .newArticle }.count == 1)
        #expect(changes.filter { $0 == .newSighting }.count == Self.copies - 1)
        #expect(try await store.statistics().articles == 1)
        #expect(try await store.statistics().sightings == Self.copies)
        #expect(try pipeline.articleFiles().count == 1)
    }
}
