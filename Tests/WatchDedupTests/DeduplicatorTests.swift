import Foundation
import Testing
import WatchCore
import WatchTesting

@testable import WatchDedup

@Suite struct DeduplicatorTests {
    static let sha = String(repeating: "ab", count: 32)

    func fingerprint(_ sha: String = sha, simhash: UInt64, numbers: [String] = []) -> ContentFingerprint {
        ContentFingerprint(sha256: sha, simhash: simhash, numbers: numbers)
    }

    @Test func sameTextIsExact() throws {
        var dedup = try Deduplicator()
        try dedup.insert(articleID: 10, fingerprint: fingerprint(simhash: 0xF0F0))
        #expect(dedup.decide(fingerprint(simhash: 0xF0F0)) == .exact(articleID: 10))
    }

    /// With several daemons the texts read back from the store include this daemon's own.
    @Test func aTextInsertedAgainForTheSameArticleIsKeptOnce() throws {
        var dedup = try Deduplicator()
        try dedup.insert(articleID: 10, fingerprint: fingerprint(simhash: 0xF0F0))
        try dedup.insert(articleID: 10, fingerprint: fingerprint(simhash: 0xF0F0))
        try dedup.insert(articleID: 11, fingerprint: fingerprint(simhash: 0xF0F0))
        #expect(dedup.count == 2)
        #expect(dedup.decide(fingerprint(simhash: 0xF0F0)) == .exact(articleID: 10))
    }

    @Test func nearTextWithSameNumbersIsNear() throws {
        var dedup = try Deduplicator()
        try dedup.insert(articleID: 10, fingerprint: fingerprint(simhash: 0xF0F0, numbers: ["5", "156.9"]))
        let copy = fingerprint(String(repeating: "cd", count: 32), simhash: 0xF0F0 ^ 0b1011, numbers: ["5", "156.9"])
        #expect(dedup.decide(copy) == .near(articleID: 10, distance: 3))
    }

    @Test func nearTextWithOtherNumbersIsNew() throws {
        var dedup = try Deduplicator()
        try dedup.insert(articleID: 10, fingerprint: fingerprint(simhash: 0xF0F0, numbers: ["5", "156.9"]))
        let june = fingerprint(String(repeating: "cd", count: 32), simhash: 0xF0F0 ^ 0b1, numbers: ["6", "161.3"])
        #expect(dedup.decide(june) == .new)
    }

    @Test func theNearestAgreeingArticleWins() throws {
        var dedup = try Deduplicator()
        let other = String(repeating: "cd", count: 32)
        // Nearer, but other numbers.
        try dedup.insert(articleID: 1, fingerprint: fingerprint(other, simhash: 0b1, numbers: ["6"]))
        try dedup.insert(articleID: 2, fingerprint: fingerprint(other, simhash: 0b111, numbers: ["5"]))
        try dedup.insert(articleID: 3, fingerprint: fingerprint(other, simhash: 0b11111, numbers: ["5"]))
        #expect(dedup.decide(fingerprint(simhash: 0, numbers: ["5"])) == .near(articleID: 2, distance: 3))
    }

    @Test func farTextIsNew() throws {
        var dedup = try Deduplicator()
        try dedup.insert(articleID: 10, fingerprint: fingerprint(simhash: 0))
        #expect(dedup.decide(fingerprint(String(repeating: "cd", count: 32), simhash: 0x7F)) == .new)
    }

    @Test func removedTextsAreForgotten() throws {
        var dedup = try Deduplicator()
        let text = fingerprint(simhash: 0xF0F0)
        try dedup.insert(articleID: 10, fingerprint: text)
        let removed = dedup.remove(articleID: 10, fingerprint: text)
        #expect(removed)
        #expect(dedup.decide(text) == .new)
        let removedAgain = dedup.remove(articleID: 10, fingerprint: text)
        #expect(!removedAgain)
    }

    @Test func loadDecidesLikeInsert() throws {
        var random = SplitMix64(state: 3)
        let entries = (0..<500).map { id in
            (Int64(id), fingerprint(String(format: "%064x", id), simhash: random.next(), numbers: ["\(id % 7)"]))
        }
        var inserted = try Deduplicator()
        for (id, fingerprint) in entries { try inserted.insert(articleID: id, fingerprint: fingerprint) }
        var loaded = try Deduplicator()
        try loaded.load(entries)
        #expect(loaded.count == 500)
        for (_, stored) in entries.prefix(100) {
            let probe = fingerprint(
                String(repeating: "e", count: 64), simhash: random.flipping(4, bitsOf: stored.simhash),
                numbers: stored.numbers)
            #expect(loaded.decide(probe) == inserted.decide(probe))
            #expect(loaded.decide(stored) == inserted.decide(stored))
            #expect(loaded.decide(probe) != .new)
        }
    }

    @Test func aMalformedStoredFingerprintIsNamed() throws {
        var dedup = try Deduplicator()
        let entries = [(Int64(1), fingerprint(simhash: 1)), (Int64(42), fingerprint("xyz", simhash: 2))]
        let error = #expect(throws: DedupError.self) { try dedup.load(entries) }
        #expect(error == .invalidFingerprint(articleID: 42, reason: "sha256 \"xyz\" is not 64 hex digits"))
        #expect(error?.description.contains("article 42") == true)
        #expect(dedup.count == 0)
    }
}
