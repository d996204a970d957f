import WatchTesting

/// When one round of the crash test sends SIGKILL, drawn from a seeded generator: at a random
/// time after the start, or a few milliseconds after the site served the n-th article page of
/// the round (the daemon is extracting, storing, writing its file), or after the receiver got
/// the n-th delivery of the round (the daemon has not yet marked it sent).
enum KillMoment: CustomStringConvertible {
    case afterStart(milliseconds: Int)
    case afterArticle(count: Int, delayMilliseconds: Int)
    case afterDelivery(count: Int, delayMilliseconds: Int)

    /// The longest a timed round lives: long enough for a start, a poll and a drain.
    static let longestLife = 1_200
    /// The latest a kill lands after the event it follows.
    static let longestDelay = 25

    static func random(using generator: inout SplitMix64) -> KillMoment {
        let delay = Int(generator.next() % UInt64(longestDelay + 1))
        switch generator.next() % 3 {
        case 0: return .afterStart(milliseconds: 30 + Int(generator.next() % UInt64(longestLife - 30)))
        case 1: return .afterArticle(count: 1 + Int(generator.next() % 2), delayMilliseconds: delay)
        default: return .afterDelivery(count: 1 + Int(generator.next() % 2), delayMilliseconds: delay)
        }
    }

    /// `timed`, `article` or `delivery`: how rounds are tallied in the printed counts.
    var kind: String {
        switch self {
        case .afterStart: "timed"
        case .afterArticle: "after-article"
        case .afterDelivery: "after-delivery"
        }
    }

    var description: String {
        switch self {
        case .afterStart(let milliseconds): "\(milliseconds) ms after start"
        case .afterArticle(let count, let delay): "\(delay) ms after article page \(count)"
        case .afterDelivery(let count, let delay): "\(delay) ms after delivery \(count)"
        }
    }
}
