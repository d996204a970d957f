import Foundation
import Testing
import WatchCore
import WatchStore
import WatchTesting

/// A watch file never outlives a failed store commit: no file announces an article the store
/// does not hold (a full state disk, then a mirror copy recorded as a sighting of nothing).
@Suite struct FailedCommitTests {
    @Test(arguments: [false, true])
    func aPageWhoseCommitFailsLeavesNoWatchFile(sqlite: Bool) async throws {
        let fixture = try IngestFixture()
        defer { fixture.remove() }
        let real: any Store = sqlite
            ? try SQLiteStore(path: fixture.folder.appendingPathComponent("state.sqlite").path, logger: IngestFixture.logger)
            : InMemoryStore()
        let source = IngestFixture.source(1)
        let failing = try await fixture.ingest(store: CommitFailingStore(real), sources: [source])

        await #expect(throws: CommitFailingStore.CommitFailed.self) {
            _ = try await failing.ingest([IngestFixture.notice(from: 1)], from: source, validators: nil)
        }
        #expect(try fixture.watchFiles().isEmpty)
        #expect(try await real.statistics().articles == 0)

        // Space is back: the same page is stored and its file written once.
        let healthy = try await fixture.ingest(store: real, sources: [source])
        let outcome = try await healthy.ingest([IngestFixture.notice(from: 1)], from: source, validators: nil)
        #expect(outcome.map(\.change) == [.newArticle])
        #expect(try fixture.watchFiles().count == 1)
    }
}
