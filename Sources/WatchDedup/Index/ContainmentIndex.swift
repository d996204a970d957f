/// The containment sketches of every indexed text, by slot (the slots of `NearDuplicateIndex`),
/// with an inverted index from each sketched hash to the slots holding it: a lookup visits only
/// the texts that share a sketched shingle with the probe, never the whole index.
///
/// Storage per text: its sketch (`ContainmentSketch.size` × 4 bytes, padded) and one 4-byte slot
/// in each of its hashes' buckets.
struct ContainmentIndex: Sendable {
    typealias Slot = NearDuplicateIndex.Slot

    /// Buckets keyed by the low 16 bits of a hash; the sketch itself confirms the whole hash.
    static let bucketBits = 16
    static let padding = UInt32.max

    private var sketches: [UInt32] = []
    private var lengths: [UInt8] = []
    private var buckets: [[Slot]] = Array(repeating: [], count: 1 << bucketBits)

    /// Adds the sketch of the text in `slot`, which must be the next slot (`lengths.count`).
    mutating func append(_ sketch: [UInt32]) {
        let slot = Slot(lengths.count)
        let kept = sketch.prefix(ContainmentSketch.size)
        sketches.append(contentsOf: kept)
        sketches.append(contentsOf: repeatElement(Self.padding, count: ContainmentSketch.size - kept.count))
        lengths.append(UInt8(kept.count))
        for hash in kept { buckets[Self.bucket(hash)].append(slot) }
    }

    /// Makes room for `slots` texts in all, doubling.
    mutating func reserveCapacity(slots: Int) {
        sketches.reserveGrowing(slots * ContainmentSketch.size)
        lengths.reserveGrowing(slots)
    }

    /// The sketch stored for `slot`.
    func sketch(at slot: Slot) -> ArraySlice<UInt32> {
        let start = Int(slot) * ContainmentSketch.size
        return sketches[start..<(start + Int(lengths[Int(slot)]))]
    }

    /// A bucket holding more than this many times the average is a common shingle's (a stock
    /// phrase every notice has, whose hash happens to be small): it would make every lookup visit
    /// a large share of the index and says nothing about which text a copy comes from.
    static let commonBucketFactor = 8
    /// …but a bucket this small is always visited.
    static let commonBucketFloor = 64

    /// Slots sharing at least `minimum` of `sketch`'s uncommon hashes, most shared first (ties:
    /// oldest slot first). Only a candidate list: the caller compares the whole sketches.
    func candidates(sharing sketch: [UInt32], minimum: Int) -> [(slot: Slot, shared: Int)] {
        let average = lengths.count * ContainmentSketch.size / buckets.count
        let limit = max(Self.commonBucketFloor, Self.commonBucketFactor * average)
        var shared: [Slot: Int] = [:]
        for hash in sketch.prefix(ContainmentSketch.size) where buckets[Self.bucket(hash)].count <= limit {
            for slot in buckets[Self.bucket(hash)] where self.sketch(at: slot).contains(hash) {
                shared[slot, default: 0] += 1
            }
        }
        return shared.filter { $0.value >= minimum }
            .map { (slot: $0.key, shared: $0.value) }
            .sorted { ($1.shared, $0.slot) < ($0.shared, $1.slot) }
    }

    private static func bucket(_ hash: UInt32) -> Int { Int(hash & ((1 << bucketBits) - 1)) }
}
