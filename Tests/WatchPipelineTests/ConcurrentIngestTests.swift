import Foundation
import Testing
import WatchCore
import WatchStore
import WatchTesting

/// Ingest decides, records and indexes one article at a time: polls running at once that carry
/// near-duplicates of one notice store it once.
@Suite struct ConcurrentIngestTests {
    static let copies = 20

    @Test func twentyConcurrentIngestsOfNearDuplicatesStoreOneArticle() async throws {
        let fixture = try IngestFixture()
        defer { fixture.remove() }
        let store = try SQLiteStore(path: fixture.folder.appendingPathComponent("state.sqlite").path,
                                    logger: IngestFixture.logger)
        let sources = (0..<Self.copies).map { IngestFixture.source($0) }
        let ingest = try await fixture.ingest(store: store, sources: sources)

        let changes = try await withThrowingTaskGroup(of: [RecordOutcome.Change].self) { group in
            for number in 0..<Self.copies {
                group.addTask {
                    try await ingest.ingest([IngestFixture.notice(from: number)], from: sources[number], validators: nil)
                        .map(\.change)
                }
            }
            return try await group.reduce(into: []) { $0 += $1 }
        }

        #expect(changes.filter { $0 == .newArticle }.count == 1)
        #expect(changes.filter { $0 == .newSighting }.count == Self.copies - 1)
        #expect(try await store.statistics().articles == 1)
        #expect(try await store.statistics().sightings == Self.copies)
        #expect(try fixture.watchFiles().count == 1)
    }
}
