import Foundation
import Testing
import WatchCore
@testable import WatchDedup

/// The dedup table of BENCHMARKS.md: every copy in the labelled set (`LabelledPairs`) is merged
/// with its original, and no pair that must stay apart is. Each pair is decided on its own
/// deduplicator holding only the stored text, then all copies against one index holding every
/// text of the set, where a copy must find its own original and nothing else.
@Suite struct LabelledSetTests {
    let normalizer: Normalizer
    let pairs: [LabelledPairs.Pair]

    init() throws {
        normalizer = try Normalizer()
        pairs = try LabelledPairs().all()
    }

    func fingerprint(_ text: String) throws -> ContentFingerprint {
        try Fingerprinter.fingerprint(normalizer.normalize(text))
    }

    @Test func everyCopyMergesAndNothingElseDoes() throws {
        #expect(pairs.count >= 200)
        var rows: [String: (pairs: Int, merged: Int, kinds: [String: Int])] = [:]
        for pair in pairs {
            var dedup = try Deduplicator()
            try dedup.insert(articleID: 1, fingerprint: fingerprint(pair.stored))
            let decision = dedup.decide(try fingerprint(pair.probe))
            let merged = decision.articleID == 1
            #expect(merged == pair.sameArticle, "\(pair.category): \(decision)")
            var row = rows[pair.category] ?? (0, 0, [:])
            row.pairs += 1
            if merged { row.merged += 1 }
            row.kinds[Self.kind(decision), default: 0] += 1
            rows[pair.category] = row
        }
        print("| pairs | count | merged | decided as |")
        print("|---|---:|---:|---|")
        for (category, row) in rows.sorted(by: { $0.key < $1.key }) {
            let kinds = row.kinds.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            print("| \(category) | \(row.pairs) | \(row.merged) | \(kinds) |")
        }
    }

    @Test func inOneIndexEachCopyFindsItsOwnOriginal() throws {
        var dedup = try Deduplicator()
        var ids: [String: Int64] = [:]
        for text in pairs.flatMap({ [$0.stored] + ($0.sameArticle ? [] : [$0.probe]) }) where ids[text] == nil {
            let id = Int64(ids.count + 1)
            let print = try fingerprint(text)
            guard dedup.decide(print) == .new else { continue }  // an apart text must not merge either
            ids[text] = id
            try dedup.insert(articleID: id, fingerprint: print)
        }
        let expectedTexts = Set(pairs.flatMap { [$0.stored] + ($0.sameArticle ? [] : [$0.probe]) })
        #expect(ids.count == expectedTexts.count, "texts that must stay apart merged while indexing")
        for pair in pairs where pair.sameArticle {
            let decision = dedup.decide(try fingerprint(pair.probe))
            #expect(decision.articleID == ids[pair.stored], "\(pair.category): \(decision)")
        }
    }

    static func kind(_ decision: DedupDecision) -> String {
        switch decision {
        case .exact: "exact"
        case .near: "near"
        case .contained: "contained"
        case .new: "new"
        }
    }
}
