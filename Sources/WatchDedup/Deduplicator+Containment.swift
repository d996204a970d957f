import WatchCore

extension Deduplicator {
    /// The least share of the smaller text's sketched shingles found in the larger for one to
    /// contain the other. A copy with additions scores 1 (see `ContainmentSketch`), a garbled
    /// copy about 0.95; texts on one template that differ in names and places stay far below.
    public static let minimumContainedShare = 0.85
    /// The least number of eligible sketched hashes behind an estimate: fewer happen when one
    /// text is over four times the other, and then one hash more or less swings the share.
    static let minimumEvidence = 4
    /// Uncommon sketched hashes a stored text must share with a probe to be compared at all.
    static let minimumSharedForCandidate = 2

    /// The known text that contains `fingerprint`'s or lies inside it, best share first, with
    /// numbers that agree (the smaller text's numbers in a row among the larger's).
    func containedMatch(_ fingerprint: ContentFingerprint, numbers wanted: [ArraySlice<UInt8>]) -> DedupDecision? {
        let probe = fingerprint.sketch
        guard !probe.isEmpty else { return nil }
        var best: (id: Int64, share: Double)?
        for candidate in containment.candidates(sharing: probe, minimum: Self.minimumSharedForCandidate) {
            guard let id = index.id(at: candidate.slot) else { continue }
            let stored = Array(containment.sketch(at: candidate.slot))
            let storedInProbe = ContainmentSketch.share(of: stored, in: probe)
            let probeInStored = ContainmentSketch.share(of: probe, in: stored)
            let share =
                [storedInProbe, probeInStored]
                .filter { $0.eligible >= Self.minimumEvidence }.map(\.share).max() ?? 0
            guard share >= Self.minimumContainedShare, share > (best?.share ?? 0),
                NumberAgreement.contained(wanted, numbers.numbers(at: candidate.slot))
            else { continue }
            best = (id, share)
        }
        return best.map { .contained(articleID: $0.id, share: $0.share) }
    }
}
