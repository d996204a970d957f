import Foundation
import Testing
import WatchCore
import WatchTesting

/// The near-duplicate index is read from the store at the first ingest, not at start: a daemon
/// whose polls get only 304s never reads it, and one that reads a page decides as if it had.
@Suite struct IndexLoadTests {
    /// A store that counts the batches of stored fingerprints read from it.
    actor FingerprintCountingStore: ForwardingStore {
        let inner: any Store
        private(set) var batchesRead = 0

        init(_ inner: any Store) {
            self.inner = inner
        }

        func fingerprints(after: ArticleID?, limit: Int) async throws -> [StoredFingerprint] {
            batchesRead += 1
            return try await inner.fingerprints(after: after, limit: limit)
        }
    }

    @Test(arguments: PipelineStore.Kind.durable)
    func theIndexIsReadAtTheFirstIngestAndOnce(kind: PipelineStore.Kind) async throws {
        let folder = try ScratchFolder()
        let opened = try await PipelineStore(kind, folder: folder.url)
        defer { opened.remove() }
        let sources = (0..<3).map { SameNotice.source($0) }
        let watch = folder.url.appendingPathComponent("watch")
        let first = try await Pipeline(store: opened.store, sources: sources, watch: watch, webhooks: [])
        let stored = try await first.ingest.ingest([SameNotice.notice(from: 0)], from: sources[0], validators: nil)
        #expect(stored.map(\.change) == [.newArticle])

        // A second daemon (or a restart) on the same state.
        let counting = FingerprintCountingStore(opened.store)
        let second = try await Pipeline(store: counting, sources: sources, watch: watch, webhooks: [])
        #expect(await counting.batchesRead == 0, "read at start")
        let copy = try await second.ingest.ingest([SameNotice.notice(from: 1)], from: sources[1], validators: nil)
        #expect(copy.map(\.change) == [.newSighting], "the stored notice was not in the index")
        let read = await counting.batchesRead
        #expect(read > 0)
        let another = try await second.ingest.ingest([SameNotice.notice(from: 2)], from: sources[2], validators: nil)
        #expect(another.map(\.change) == [.newSighting])
        #expect(await counting.batchesRead == read, "read again")
        #expect(try await opened.store.statistics().articles == 1)
    }
}
