import WatchCore

extension Deduplicator {
    /// Adds stored fingerprints at start-up, a batch at a time: validates the batch first (nothing
    /// is added when one is malformed), then fills the index's buckets for it. The tables grow in
    /// place, by doubling: a copy, or a reservation of exactly one more batch, per batch made
    /// loading in batches quadratic in copies.
    public mutating func load(_ entries: some Collection<(Int64, ContentFingerprint)>) throws {
        let keys = try entries.map { id, fingerprint in try Self.validatedKey(fingerprint.sha256, articleID: id) }
        let firstSlot = NearDuplicateIndex.Slot(index.slotCount)
        index.insert(contentsOf: entries.map { id, fingerprint in (id: id, simhash: fingerprint.simhash) })
        numbers.reserveCapacity(slots: index.slotCount)
        containment.reserveCapacity(slots: index.slotCount)
        for (_, fingerprint) in entries {
            numbers.append(fingerprint.numbers)
            containment.append(fingerprint.sketch)
        }
        if exact.capacity < exact.count + keys.count {
            exact.reserveCapacity(Swift.max(exact.count + keys.count, 2 * exact.capacity))
        }
        for (offset, key) in keys.enumerated() where exact[key] == nil {
            exact[key] = firstSlot + NearDuplicateIndex.Slot(offset)
        }
    }

    /// The exact-match key of a hex SHA-256: its first 16 hex digits; nil when malformed.
    static func exactKey(_ sha256: String) -> UInt64? {
        if let key = sha256.utf8.withContiguousStorageIfAvailable(exactKey) { return key }
        return Array(sha256.utf8).withUnsafeBufferPointer(exactKey)
    }

    private static func exactKey(_ hex: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard hex.count == 64 else { return nil }
        var key: UInt64 = 0
        for position in 0..<64 {
            guard let nibble = hexValue(hex[position]) else { return nil }
            if position < 16 { key = key << 4 | UInt64(nibble) }
        }
        return key
    }

    static func validatedKey(_ sha256: String, articleID: Int64) throws -> UInt64 {
        guard let key = exactKey(sha256) else {
            throw DedupError.invalidFingerprint(
                articleID: articleID, reason: "sha256 \"\(sha256.prefix(80))\" is not 64 hex digits")
        }
        return key
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
