extension NearDuplicateIndex {
    /// Adds many entries at once (the start-up load): every bucket is sized before it is
    /// filled, so each allocates once instead of doubling its way up.
    public mutating func insert(contentsOf entries: [(id: Int64, simhash: UInt64)]) {
        var added = [Int32](repeating: 0, count: Self.bandCount * Self.bucketsPerBand)
        for entry in entries {
            for band in 0..<Self.bandCount { added[Self.bucket(of: entry.simhash, band: band)] += 1 }
        }
        for (bucket, extra) in added.enumerated() where extra > 0 {
            buckets[bucket].reserveCapacity(buckets[bucket].count + Int(extra))
        }
        reserveCapacity(slotCount + entries.count)
        for entry in entries {
            insert(id: entry.id, simhash: entry.simhash)
        }
    }
}
