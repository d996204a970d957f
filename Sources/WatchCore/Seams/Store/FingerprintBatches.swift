/// The fingerprint of every text of every article, read lazily in batches (keyset paging by
/// article id), so loading the dedup index at start-up never holds a million rows in one result.
public struct FingerprintBatches: AsyncSequence, Sendable {
    public typealias Element = [StoredFingerprint]

    let store: any Store
    let batchSize: Int

    public struct AsyncIterator: AsyncIteratorProtocol {
        let store: any Store
        let batchSize: Int
        var after: ArticleID?
        var finished = false

        public mutating func next() async throws -> [StoredFingerprint]? {
            guard !finished else { return nil }
            let batch = try await store.fingerprints(after: after, limit: batchSize)
            // A batch covers `batchSize` articles (possibly more rows): fewer articles means the end.
            if Set(batch.map(\.articleID)).count < batchSize { finished = true }
            guard let last = batch.last else { return nil }
            after = last.articleID
            return batch
        }
    }

    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(store: store, batchSize: batchSize, after: nil)
    }
}

extension Store {
    /// Every text's fingerprint, in batches covering `batchSize` articles each, by article id.
    public func allFingerprints(batchSize: Int = 10_000) -> FingerprintBatches {
        FingerprintBatches(store: self, batchSize: max(1, batchSize))
    }
}
