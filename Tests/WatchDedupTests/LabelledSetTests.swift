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

    /// The fingerprint as it was before mirror chrome and containment: the table's "before".
    func baselineFingerprint(_ text: String) throws -> ContentFingerprint {
        var print = try Fingerprinter.fingerprint(normalizer.normalize(text, strippingMirrorChrome: false))
        print.sketch = []
        return print
    }

    static func merged(_ stored: ContentFingerprint, _ probe: ContentFingerprint) throws -> DedupDecision {
        var dedup = try Deduplicator()
        try dedup.insert(articleID: 1, fingerprint: stored)
        return dedup.decide(probe)
    }

    @Test func everyCopyMergesAndNothingElseDoes() throws {
        #expect(pairs.count >= 200)
        var rows: [String: (pairs: Int, before: Int, merged: Int, kinds: [String: Int])] = [:]
        for pair in pairs {
            let decision = try Self.merged(fingerprint(pair.stored), fingerprint(pair.probe))
            let before = try Self.merged(baselineFingerprint(pair.stored), baselineFingerprint(pair.probe))
            let merged = decision.articleID == 1
            #expect(merged == pair.sameArticle, "\(pair.category): \(decision)")
            var row = rows[pair.category] ?? (0, 0, 0, [:])
            row.pairs += 1
            if before.articleID == 1 { row.before += 1 }
            if merged { row.merged += 1 }
            row.kinds[Self.kind(decision), default: 0] += 1
            rows[pair.category] = row
        }
        print("| pairs | count | merged before | merged now | decided as now |")
        print("|---|---:|---:|---:|---|")
        for (category, row) in rows.sorted(by: { $0.key < $1.key }) {
            let kinds = row.kinds.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            print("| \(category) | \(row.pairs) | \(row.before) | \(row.merged) | \(kinds) |")
        }
    }

    @Test func inOneIndexEachCopyFindsItsOwnOriginal() throws {
        // Every article of the set (originals, releases, notices) in one index: each is new.
        let articles = pairs.flatMap { [$0.stored] + ($0.copyOf == nil ? [$0.probe] : []) }
        var dedup = try Deduplicator()
        var ids: [String: Int64] = [:]
        for text in articles where ids[text] == nil {
            let print = try fingerprint(text)
            #expect(dedup.decide(print) == .new, "merged while indexing: \(text.prefix(40))")
            ids[text] = Int64(ids.count + 1)
            try dedup.insert(articleID: Int64(ids.count), fingerprint: print)
        }
        // Every copy (a bureau text's, or a release's in mirror chrome) finds its own original.
        for pair in pairs {
            guard let original = pair.copyOf else { continue }
            let decision = dedup.decide(try fingerprint(pair.probe))
            #expect(decision.articleID == ids[original], "\(pair.category): \(decision)")
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
