import Foundation
import WatchCore
import WatchDedup
import WatchPostgres

extension PostgresBenchmark {
    /// One daemon's near-duplicate index over the shared store, brought up to date and asked
    /// inside the ingest lock, as `ArticleIngest` does before it records a page.
    actor IndexedDaemon {
        let store: PostgresStore
        private var deduplicator: Deduplicator
        private var position: Int64

        /// Loads the index as a daemon does at start.
        init(store: PostgresStore) async throws {
            self.store = store
            var deduplicator = try Deduplicator()
            position = try await store.textLogPosition() ?? 0
            for try await batch in store.allFingerprints(batchSize: 10_000) {
                try deduplicator.load(batch.map { ($0.articleID.rawValue, $0.fingerprint) })
            }
            self.deduplicator = deduplicator
        }

        func lookup(_ fingerprint: ContentFingerprint) async throws -> DedupDecision {
            try await store.exclusiveIngest { try await self.catchUpAndDecide(fingerprint) }
        }

        private func catchUpAndDecide(_ fingerprint: ContentFingerprint) async throws -> DedupDecision {
            while true {
                let (texts, next) = try await store.texts(after: position, limit: 10_000)
                for text in texts {
                    try deduplicator.insert(articleID: text.articleID.rawValue, fingerprint: text.fingerprint)
                }
                position = next
                if texts.count < 10_000 { return deduplicator.decide(fingerprint) }
            }
        }
    }

    static func measure(
        _ daemonA: PostgresStore, _ daemonB: PostgresStore, size: Int,
        fingerprint: (String) throws -> ContentFingerprint
    ) async throws {
        let before = Measure.residentBytes()
        let start = ContinuousClock.now
        let indexed = try await IndexedDaemon(store: daemonA)
        let startSeconds = (ContinuousClock.now - start).seconds
        let indexMB = Double(Measure.residentBytes() - before) / 1_048_576

        let step = max(1, size / lookups)
        var copies: [(ContentFingerprint, Int64?)] = []
        for id in stride(from: 1, through: size, by: step).prefix(lookups) {
            let original = SyntheticText.make(seed: UInt64(id), length: articleLength)
            let copy = SyntheticText.mirrorCopy(of: original, seed: UInt64(id), garbleEvery: garbleEvery)
            copies.append((try fingerprint(copy), Int64(id)))
        }
        let unrelated = try (0..<lookups).map { offset -> (ContentFingerprint, Int64?) in
            (try fingerprint(SyntheticText.make(seed: UInt64(size + 1_000_000 + offset), length: articleLength)), nil)
        }
        let (copyTimes, found) = try await timedLookups(indexed, copies)
        let (unrelatedTimes, fresh) = try await timedLookups(indexed, unrelated)
        let (otherTimes, otherFound) = try await recordedElsewhere(
            indexed, by: daemonB, size: size, fingerprint: fingerprint)
        print(
            "| articles | index load s | index RSS MB | copies ms p50 | p99 | found | unrelated ms p50 | p99 | new "
                + "| B records, A's copy ms p50 | p99 | found |")
        print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        let row = [
            "\(size)", format(startSeconds, 2), format(indexMB, 0),
            format(Measure.quantile(copyTimes, 0.5), 2), format(Measure.quantile(copyTimes, 0.99), 2),
            "\(found)/\(copies.count)",
            format(Measure.quantile(unrelatedTimes, 0.5), 2), format(Measure.quantile(unrelatedTimes, 0.99), 2),
            "\(fresh)/\(unrelated.count)",
            format(Measure.quantile(otherTimes, 0.5), 2), format(Measure.quantile(otherTimes, 0.99), 2),
            "\(otherFound)/\(recordedByOther)",
        ]
        print("| " + row.joined(separator: " | ") + " |")
    }

    /// Each lookup's milliseconds and how many gave the expected article (or `.new`).
    private static func timedLookups(
        _ indexed: IndexedDaemon, _ probes: [(ContentFingerprint, Int64?)]
    ) async throws -> ([Double], Int) {
        var times: [Double] = []
        var right = 0
        for (probe, expected) in probes {
            let start = ContinuousClock.now
            let decision = try await indexed.lookup(probe)
            times.append((ContinuousClock.now - start).seconds * 1000)
            if decision.articleID == expected { right += 1 }
        }
        return (times, right)
    }

    /// Daemon B records a new article, then A looks up a mirror copy of it: found at once, or
    /// A would store the copy as a second article.
    private static func recordedElsewhere(
        _ indexed: IndexedDaemon, by daemonB: PostgresStore, size: Int,
        fingerprint: (String) throws -> ContentFingerprint
    ) async throws -> ([Double], Int) {
        var times: [Double] = []
        var found = 0
        for number in 0..<recordedByOther {
            let seed = UInt64(size + 2_000_000 + number)
            let text = SyntheticText.make(seed: seed, length: articleLength)
            let article = ExtractedArticle(
                url: "https://other.example/\(seed).html", title: "第\(seed)号", paragraphs: [text])
            let observation = PageObservation(
                sourceID: "bench", sourceKind: .bureau, article: article, fingerprint: try fingerprint(text),
                match: .new, fetchedAt: Date())
            let outcome = try await daemonB.exclusiveIngest { try await daemonB.record(observation) }
            let copy = try fingerprint(SyntheticText.mirrorCopy(of: text, seed: seed, garbleEvery: garbleEvery))
            let start = ContinuousClock.now
            let decision = try await indexed.lookup(copy)
            times.append((ContinuousClock.now - start).seconds * 1000)
            if decision.articleID == outcome.articleID.rawValue { found += 1 }
        }
        return (times, found)
    }
}
