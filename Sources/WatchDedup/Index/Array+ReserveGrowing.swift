extension Array {
    /// Room for `count` elements, at least double the present room when it must grow: a table
    /// loaded a batch at a time then grows in O(log batches) copies, where `reserveCapacity` of
    /// exactly one more batch copied it once per batch.
    mutating func reserveGrowing(_ count: Int) {
        guard capacity < count else { return }
        reserveCapacity(Swift.max(count, 2 * capacity))
    }
}
