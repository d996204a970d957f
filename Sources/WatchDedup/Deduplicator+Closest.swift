import WatchCore

extension Deduplicator {
    /// The stored text nearest to a page's, whatever the distance: what `extract --explain`
    /// names for a page judged new, so an operator can see how far the nearest article was.
    public struct Closest: Sendable, Hashable {
        public var articleID: Int64
        /// SimHash bits apart.
        public var distance: Int
        /// The larger containment estimate of the two texts in each other (0 when the sketches
        /// give too little evidence, or a text has none).
        public var share: Double
        /// Whether the numbers agree as a near match needs them to.
        public var numbersAgree: Bool
    }

    /// The live stored text with the fewest SimHash bits apart from `fingerprint` (the earliest
    /// on a tie); nil when nothing is stored. A scan of every slot: for one-off explanations,
    /// never for the pipeline's decisions.
    public func closest(to fingerprint: ContentFingerprint) -> Closest? {
        var best: (slot: NearDuplicateIndex.Slot, distance: Int)?
        for slot in 0..<NearDuplicateIndex.Slot(index.slotCount) where index.id(at: slot) != nil {
            let distance = (index.simhash(at: slot) ^ fingerprint.simhash).nonzeroBitCount
            if distance < (best?.distance ?? Int.max) { best = (slot, distance) }
        }
        guard let best, let id = index.id(at: best.slot) else { return nil }
        let stored = Array(containment.sketch(at: best.slot))
        let share =
            [
                ContainmentSketch.share(of: stored, in: fingerprint.sketch),
                ContainmentSketch.share(of: fingerprint.sketch, in: stored),
            ]
            .filter { $0.eligible >= Self.minimumEvidence }.map(\.share).max() ?? 0
        let agree = NumberAgreement.agree(NumberTable.encode(fingerprint.numbers), numbers.numbers(at: best.slot))
        return Closest(articleID: id, distance: best.distance, share: share, numbersAgree: agree)
    }
}
