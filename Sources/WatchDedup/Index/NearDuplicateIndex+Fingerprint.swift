import WatchCore

extension NearDuplicateIndex {
    /// Adds the SimHash of `fingerprint` for `id`.
    @discardableResult
    public mutating func insert(id: Int64, fingerprint: ContentFingerprint) -> Slot {
        insert(id: id, simhash: fingerprint.simhash)
    }

    /// The ids of entries whose SimHash is within the threshold of `fingerprint`'s, nearest first.
    public func candidates(for fingerprint: ContentFingerprint) -> [Int64] {
        candidates(for: fingerprint.simhash)
    }

    /// Removes the entries of `id` with `fingerprint`'s SimHash; returns their slots.
    @discardableResult
    public mutating func remove(id: Int64, fingerprint: ContentFingerprint) -> [Slot] {
        remove(id: id, simhash: fingerprint.simhash)
    }
}
