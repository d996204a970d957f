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
/// Memory: per entry an id (8 bytes), a SimHash (8) and one 4-byte slot number in each band,
/// in flat arrays, plus the bucket arrays' headers. Removed entries leave a tombstone slot.
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
    private static let removedID = Int64.min

    /// The Hamming distances the band layout is guaranteed to find.
    public static let supportedThresholds = 0...7

    /// Largest Hamming distance reported as a match.
    public let threshold: Int
    /// Entries currently stored (removed ones not counted).
    public private(set) var count = 0

    private(set) var ids: [Int64] = []
    private(set) var simhashes: [UInt64] = []
    var buckets: [[Slot]]  // bandCount × 65,536, band-major

    /// An empty index reporting matches up to `threshold` bits apart.
    public init(threshold: Int) throws {
        guard Self.supportedThresholds.contains(threshold) else {
            throw DedupError.thresholdOutOfRange(requested: threshold, supported: Self.supportedThresholds)
        }
        self.threshold = threshold
        buckets = Array(repeating: [], count: Self.bandCount * Self.bucketsPerBand)
    }

    /// Slots handed out so far, removed ones included: the next insert gets this slot.
    public var slotCount: Int { ids.count }

    /// Makes room for `slots` entries in the per-entry arrays.
    mutating func reserveCapacity(_ slots: Int) {
        ids.reserveCapacity(slots)
        simhashes.reserveCapacity(slots)
    }

    /// Adds `simhash` for `id` and returns its slot. The same id may be added more than once
    /// (one article, several versions).
    @discardableResult
    public mutating func insert(id: Int64, simhash: UInt64) -> Slot {
        let slot = Slot(ids.count)
        ids.append(id)
        simhashes.append(simhash)
        for band in 0..<Self.bandCount {
            buckets[Self.bucket(of: simhash, band: band)].append(slot)
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
        simhashes.withUnsafeBufferPointer { stored in
            for band in 0..<Self.bandCount {
                let home = Self.bucket(of: simhash, band: band)
                let base = band * Self.bucketsPerBand
                let key = home - base
                for flip in -1..<Self.bandBits {
                    let probed = flip < 0 ? home : base + (key ^ (1 << flip))
                    for slot in buckets[probed] {
                        let distance = (stored[Int(slot)] ^ simhash).nonzeroBitCount
                        if distance <= threshold, ids[Int(slot)] != Self.removedID {
                            found.append(Match(id: ids[Int(slot)], distance: distance, slot: slot))
                        }
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
        let slots = buckets[Self.bucket(of: simhash, band: 0)].filter {
            ids[Int($0)] == id && simhashes[Int($0)] == simhash
        }
        for slot in slots {
            for band in 0..<Self.bandCount {
                let bucket = Self.bucket(of: simhash, band: band)
                if let position = buckets[bucket].firstIndex(of: slot) {
                    buckets[bucket].swapAt(position, buckets[bucket].count - 1)
                    buckets[bucket].removeLast()
                }
            }
            ids[Int(slot)] = Self.removedID
            count -= 1
        }
        return slots
    }

    static func bucket(of simhash: UInt64, band: Int) -> Int {
        let key = Int((simhash >> UInt64(band * bandBits)) & UInt64(bucketsPerBand - 1))
        return band * bucketsPerBand + key
    }
}
