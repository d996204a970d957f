extension NearDuplicateIndex {
    /// Adds many entries at once (the start-up load), then repacks every live entry into the
    /// packed table by counting sort: two passes over flat arrays, no per-bucket allocation.
    public mutating func insert(contentsOf entries: [(id: Int64, simhash: UInt64)]) {
        ids.reserveGrowing(ids.count + entries.count)
        simhashes.reserveGrowing(simhashes.count + entries.count)
        for entry in entries {
            ids.append(entry.id)
            simhashes.append(entry.simhash)
        }
        count += entries.count
        repack()
    }

    /// Rebuilds the packed table from all live slots and empties the overflow arrays.
    private mutating func repack() {
        var start = [Int32](repeating: 0, count: Self.bucketCount + 1)
        for (slot, simhash) in simhashes.enumerated() where ids[slot] != Self.removedID {
            for band in 0..<Self.bandCount { start[Self.bucket(of: simhash, band: band) + 1] += 1 }
        }
        for bucket in 0..<Self.bucketCount { start[bucket + 1] += start[bucket] }
        var next = start
        var packed = [Slot](repeating: 0, count: Int(start[Self.bucketCount]))
        packed.withUnsafeMutableBufferPointer { packed in
            for (slot, simhash) in simhashes.enumerated() where ids[slot] != Self.removedID {
                for band in 0..<Self.bandCount {
                    let bucket = Self.bucket(of: simhash, band: band)
                    packed[Int(next[bucket])] = Slot(slot)
                    next[bucket] += 1
                }
            }
        }
        packedStart = start
        packedSlots = packed
        if overflow.contains(where: { !$0.isEmpty }) {
            overflow = Array(repeating: [], count: Self.bucketCount)
        }
    }
}
