/// One source's due time in `DuePlan`'s queues. An entry is a snapshot: when the source's due
/// time changes a new entry is queued, and the old one is dropped when it comes up (`DuePlan`
/// checks it against the current due time), so no queue is ever searched.
struct DueEntry: Sendable {
    let id: String
    let when: Duration
    /// The source's place in the config: the tie-break between sources due at once.
    let position: Int
    let isMirror: Bool

    /// Ordered by due time: the queue of sources not due yet.
    struct ByTime: Comparable, Sendable {
        let entry: DueEntry
        static func < (lhs: Self, rhs: Self) -> Bool {
            (lhs.entry.when, lhs.entry.position) < (rhs.entry.when, rhs.entry.position)
        }
        static func == (lhs: Self, rhs: Self) -> Bool { !(lhs < rhs) && !(rhs < lhs) }
    }

    /// Ordered as due polls start: bureaus before mirrors, then by due time, then config order.
    struct ByStartOrder: Comparable, Sendable {
        let entry: DueEntry
        static func < (lhs: Self, rhs: Self) -> Bool {
            let left = lhs.entry
            let right = rhs.entry
            return (left.isMirror ? 1 : 0, left.when, left.position) < (
                right.isMirror ? 1 : 0, right.when, right.position
            )
        }
        static func == (lhs: Self, rhs: Self) -> Bool { !(lhs < rhs) && !(rhs < lhs) }
    }
}

extension DueEntry {
    /// A host with room for another poll, by the first of its due sources: the next poll to
    /// start is the first of these, so a full host's sources are not looked at one by one.
    struct HostTurn: Comparable, Sendable {
        let first: ByStartOrder
        let host: String
        static func < (lhs: Self, rhs: Self) -> Bool { lhs.first < rhs.first }
        static func == (lhs: Self, rhs: Self) -> Bool { lhs.first == rhs.first }
    }

    /// Whether `other` is the same source due at the same time.
    func isSame(as other: DueEntry) -> Bool { id == other.id && when == other.when }
}
