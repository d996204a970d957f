import Testing
import WatchCore
import WatchTesting

@testable import WatchDedup

/// The sketch's promise: a text inside another scores exactly 1, whatever is added around it;
/// unrelated texts score low; a removed text is not found.
@Suite struct ContainmentSketchTests {
    /// Random Han text of `length` characters from a small alphabet (so shingles repeat, as in prose).
    static func text(_ random: inout SplitMix64, length: Int) -> String {
        var out = String.UnicodeScalarView()
        for _ in 0..<length { out.append(Unicode.Scalar(0x4E00 + UInt32(random.next() % 400))!) }
        return String(out)
    }

    @Test func aTextInsideAnotherScoresOneWhateverIsAdded() {
        var random = SplitMix64(state: 42)
        for round in 0..<50 {
            let inner = Self.text(&random, length: 40 + round * 7)
            let outer = Self.text(&random, length: round * 5) + inner + Self.text(&random, length: (50 - round) * 4)
            let result = ContainmentSketch.share(of: ContainmentSketch.make(inner), in: ContainmentSketch.make(outer))
            #expect(result.share == 1 || result.eligible == 0, "round \(round): \(result)")
        }
    }

    @Test func unrelatedTextsScoreLow() {
        var random = SplitMix64(state: 7)
        for _ in 0..<50 {
            let first = ContainmentSketch.make(Self.text(&random, length: 300))
            let second = ContainmentSketch.make(Self.text(&random, length: 300))
            #expect(ContainmentSketch.share(of: first, in: second).share < Deduplicator.minimumContainedShare)
        }
    }

    @Test func aSketchHoldsTheSmallestDistinctHashesAscending() {
        var random = SplitMix64(state: 3)
        let sketch = ContainmentSketch.make(Self.text(&random, length: 500))
        #expect(sketch.count == ContainmentSketch.size)
        #expect(sketch == sketch.sorted() && Set(sketch).count == sketch.count)
        #expect(ContainmentSketch.make("") == [])
        #expect(ContainmentSketch.make("邮政").count == 1)
    }

    @Test func aRemovedTextIsNotFoundByContainment() throws {
        var random = SplitMix64(state: 11)
        let inner = Self.text(&random, length: 200)
        let stored = ContentFingerprint(
            sha256: String(repeating: "a", count: 64), simhash: 0, numbers: [],
            sketch: ContainmentSketch.make(inner))
        let probe = ContentFingerprint(
            sha256: String(repeating: "b", count: 64), simhash: UInt64.max, numbers: [],
            sketch: ContainmentSketch.make(Self.text(&random, length: 150) + inner))
        var dedup = try Deduplicator()
        try dedup.insert(articleID: 5, fingerprint: stored)
        guard case .contained(5, _) = dedup.decide(probe) else {
            Issue.record("not contained: \(dedup.decide(probe))")
            return
        }
        dedup.remove(articleID: 5, fingerprint: stored)
        #expect(dedup.decide(probe) == .new)
    }
}
