import Foundation

/// When each source is polled next: every `interval`, moved by up to ± `jitter` of it so that
/// sources sharing an interval drift apart instead of hitting their hosts in step.
public struct PollSchedule: Sendable {
    public init() {}

    /// The due time after a poll that ended at `now`. `unit` is a random number in 0..<1.
    public func nextDue(after now: Date, interval: Duration, jitter: Double, unit: Double) -> Date {
        let seconds = interval.seconds
        let offset = seconds * jitter * (unit * 2 - 1)
        return now.addingTimeInterval(seconds + offset)
    }

    /// The first due time of a source that has none stored (new, or a fresh state folder):
    /// spread over one interval, so a start with many sources does not poll them all at once.
    /// The source with `index` 0 is due immediately.
    public func firstDue(now: Date, interval: Duration, index: Int, count: Int) -> Date {
        guard count > 1, index > 0 else { return now }
        let spread = min(interval.seconds, Self.maxInitialSpread)
        return now.addingTimeInterval(spread * Double(index) / Double(count))
    }

    /// However long the interval, every source is first polled within this many seconds of start.
    public static let maxInitialSpread: Double = 300
}
