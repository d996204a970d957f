import Testing
import WatchTesting

@testable import WatchDedup

@Suite struct NearDuplicateIndexTests {
    /// Random SimHashes, each with copies `0...9` bits away: every copy within the threshold must
    /// be found (the pigeonhole guarantee of the band layout), none beyond it.
    @Test(arguments: [3, 6, 7])
    func findsExactlyTheEntriesWithinTheThreshold(threshold: Int) throws {
        var random = SplitMix64(state: 42)
        var index = try NearDuplicateIndex(threshold: threshold)
        let stored = (0..<2_000).map { _ in random.next() }
        for (id, simhash) in stored.enumerated() { index.insert(id: Int64(id), simhash: simhash) }
        for (id, simhash) in stored.prefix(300).enumerated() {
            let distance = id % 10
            let probe = random.flipping(distance, bitsOf: simhash)
            let found = index.matches(for: probe)
            #expect(found.contains { $0.id == Int64(id) } == (distance <= threshold), "distance \(distance)")
            #expect(
                found.allSatisfy {
                    $0.distance <= threshold && $0.distance == (stored[Int($0.id)] ^ probe).nonzeroBitCount
                })
        }
    }

    @Test func nearestComesFirstAndEachEntryOnce() throws {
        var index = try NearDuplicateIndex(threshold: 7)
        let base: UInt64 = 0x0123_4567_89AB_CDEF
        index.insert(id: 1, simhash: base ^ 0b111) // 3 bits away
        index.insert(id: 2, simhash: base) // identical: near in all four bands
        index.insert(id: 3, simhash: base ^ 0b1)
        #expect(index.candidates(for: base) == [2, 3, 1])
    }

    @Test func removedEntriesAreNotFound() throws {
        var index = try NearDuplicateIndex(threshold: 6)
        index.insert(id: 7, simhash: 0xFFFF)
        index.insert(id: 8, simhash: 0xFFFF)
        let removed = index.remove(id: 7, simhash: 0xFFFF)
        let removedAgain = index.remove(id: 7, simhash: 0xFFFF)
        #expect(removed.count == 1)
        #expect(removedAgain.isEmpty)
        #expect(index.candidates(for: 0xFFFF) == [8])
        #expect(index.count == 1)
    }

    @Test func bulkInsertFindsWhatSingleInsertsFind() throws {
        var random = SplitMix64(state: 7)
        let entries = (0..<3_000).map { (id: Int64($0), simhash: random.next()) }
        var single = try NearDuplicateIndex(threshold: 6)
        for entry in entries { single.insert(id: entry.id, simhash: entry.simhash) }
        var bulk = try NearDuplicateIndex(threshold: 6)
        bulk.insert(contentsOf: entries)
        for entry in entries.prefix(200) {
            let probe = random.flipping(5, bitsOf: entry.simhash)
            #expect(bulk.candidates(for: probe) == single.candidates(for: probe))
            #expect(bulk.candidates(for: probe).contains(entry.id))
        }
    }

    @Test func packedAndOverflowEntriesAreFoundRemovedAndRepacked() throws {
        var random = SplitMix64(state: 11)
        var index = try NearDuplicateIndex(threshold: 6)
        let packed = (0..<1_000).map { (id: Int64($0), simhash: random.next()) }
        index.insert(contentsOf: packed)
        let late = random.next()
        index.insert(id: 5_000, simhash: late) // goes to the overflow arrays
        #expect(index.candidates(for: random.flipping(6, bitsOf: late)) == [5_000])
        #expect(index.candidates(for: random.flipping(6, bitsOf: packed[10].simhash)) == [10])

        let removedPacked = index.remove(id: 10, simhash: packed[10].simhash)
        let removedLate = index.remove(id: 5_000, simhash: late)
        #expect(removedPacked.count == 1 && removedLate.count == 1)
        #expect(index.candidates(for: packed[10].simhash).isEmpty)
        #expect(index.candidates(for: late).isEmpty)
        #expect(index.count == 1_000 - 1)

        index.insert(contentsOf: [(id: 6_000, simhash: late)]) // repacks, tombstones dropped
        #expect(index.candidates(for: late) == [6_000])
        #expect(index.candidates(for: packed[10].simhash).isEmpty)
        #expect(index.candidates(for: packed[11].simhash) == [11])
        #expect(index.count == 1_000)
    }

    @Test func aThresholdBeyondTheGuaranteeIsRefused() {
        #expect(throws: DedupError.thresholdOutOfRange(requested: 8, supported: 0...7)) {
            try NearDuplicateIndex(threshold: 8)
        }
    }
}
