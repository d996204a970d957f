/// An in-memory SimHash index: finds the stored entries within a Hamming distance of a SimHash
/// without scanning them.
///
/// Band layout: the 64 bits are cut into 4 bands of 16 bits, and each band keys a table of
/// 65,536 buckets. A lookup probes, in every band, the bucket of its own 16 bits and the 16
/// buckets one bit away. That finds every entry within distance 7: 7 differing bits spread over
/// 4 bands leave, by pigeonhole, some band with at most one. (Exact buckets alone would only
/// guarantee distance 3; 8 bands of 8 bits would guarantee 7 too, but at 1 M entries an 8-bit
/// bucket holds ~3,900 entries, ~31,000 to check per lookup against ~1,000 here.)
///
/// Storage: per entry an id (8 bytes) and a SimHash (8) by slot, and one 4-byte slot number in
/// each band. Bulk loads go into a packed table (all buckets in one array, with offsets);
/// entries inserted one by one afterwards go into small per-bucket overflow arrays. Removed
/// entries are tombstoned (their id cleared) and skipped; a reload compacts them away.
public struct NearDuplicateIndex: Sendable {
    /// An entry's position in the index's arrays.
    public typealias Slot = Int32

    /// An entry within the threshold of a looked-up SimHash.
    public struct Match: Sendable, Hashable {
        public let id: Int64
        public let distance: Int
        public let slot: Slot
    }

    static let bandCount = 4
    static let bandBits = 16
    static let bucketsPerBand = 1 << bandBits
    static let bucketCount = bandCount * bucketsPerBand
    static let removedID = Int64.min

    /// The Hamming distances the band layout is guaranteed to find.
    public static let supportedThresholds = 0...7

    /// Largest Hamming distance reported as a match.
    public let threshold: Int
    /// Entries currently stored (removed ones not counted).
    public internal(set) var count = 0

    var ids: [Int64] = []
    var simhashes: [UInt64] = []
    /// The packed buckets: bucket b holds packedSlots[packedStart[b]..<packedStart[b + 1]].
    var packedStart: [Int32] = Array(repeating: 0, count: bucketCount + 1)
    var packedSlots: [Slot] = []
    /// Entries inserted after the last bulk load, by bucket.
    var overflow: [[Slot]] = Array(repeating: [], count: bucketCount)

    /// An empty index reporting matches up to `threshold` bits apart.
    public init(threshold: Int) throws {
        guard Self.supportedThresholds.contains(threshold) else {
            throw DedupError.thresholdOutOfRange(requested: threshold, supported: Self.supportedThresholds)
        }
        self.threshold = threshold
    }

    /// Slots handed out so far, removed ones included: the next insert gets this slot.
    public var slotCount: Int { ids.count }

    /// Adds `simhash` for `id` and returns its slot. The same id may be added more than once
    /// (one article, several versions).
    @discardableResult
    public mutating func insert(id: Int64, simhash: UInt64) -> Slot {
        let slot = Slot(ids.count)
        ids.append(id)
        simhashes.append(simhash)
        for band in 0..<Self.bandCount {
            overflow[Self.bucket(of: simhash, band: band)].append(slot)
        }
        count += 1
        return slot
    }

    /// The ids of entries within the threshold of `simhash`, nearest first.
    public func candidates(for simhash: UInt64) -> [Int64] {
        matches(for: simhash).map(\.id)
    }

    /// Entries within the threshold of `simhash`, nearest first (ties by slot: oldest first).
    public func matches(for simhash: UInt64) -> [Match] {
        var found: [Match] = []
        for band in 0..<Self.bandCount {
            let home = Self.bucket(of: simhash, band: band)
            let base = band * Self.bucketsPerBand
            for flip in -1..<Self.bandBits {
                let probed = flip < 0 ? home : base + ((home - base) ^ (1 << flip))
                forEachSlot(in: probed) { slot in
                    let distance = (simhashes[Int(slot)] ^ simhash).nonzeroBitCount
                    if distance <= threshold, ids[Int(slot)] != Self.removedID {
                        found.append(Match(id: ids[Int(slot)], distance: distance, slot: slot))
                    }
                }
            }
        }
        // A match close in several bands was found once per band.
        found.sort { ($0.distance, $0.slot) < ($1.distance, $1.slot) }
        var unique: [Match] = []
        for match in found where unique.last?.slot != match.slot { unique.append(match) }
        return unique
    }

    /// The SimHash stored in `slot`.
    public func simhash(at slot: Slot) -> UInt64 { simhashes[Int(slot)] }

    /// The id stored in `slot`, nil once removed.
    public func id(at slot: Slot) -> Int64? {
        let id = ids[Int(slot)]
        return id == Self.removedID ? nil : id
    }

    /// Removes the entries of `id` with this `simhash`; returns their slots.
    @discardableResult
    public mutating func remove(id: Int64, simhash: UInt64) -> [Slot] {
        var slots: [Slot] = []
        forEachSlot(in: Self.bucket(of: simhash, band: 0)) { slot in
            if ids[Int(slot)] == id, simhashes[Int(slot)] == simhash { slots.append(slot) }
        }
        for slot in slots { ids[Int(slot)] = Self.removedID }
        count -= slots.count
        return slots
    }

    /// Calls `body` with every slot filed under `bucket`, packed ones first.
    @inline(__always)
    func forEachSlot(in bucket: Int, _ body: (Slot) -> Void) {
        packedSlots.withUnsafeBufferPointer { packed in
            for position in Int(packedStart[bucket])..<Int(packedStart[bucket + 1]) { body(packed[position]) }
        }
        for slot in overflow[bucket] { body(slot) }
    }

    static func bucket(of simhash: UInt64, band: Int) -> Int {
        let key = Int((simhash >> UInt64(band * bandBits)) & UInt64(bucketsPerBand - 1))
        return band * bucketsPerBand + key
    }
}
