import Foundation
import WatchCore

/// A `WallClock` that moves only when a test moves it.
public final class ManualClock: WallClock, @unchecked Sendable {
    // @unchecked: `current` is only read and written under `lock`.
    private let lock = NSLock()
    private var current: Date

    public init(_ start: Date = Date(timeIntervalSince1970: 1_795_000_000)) {
        current = start
    }

    public var now: Date { lock.withLock { current } }

    /// Moves the clock forward by `interval` seconds.
    public func advance(by interval: TimeInterval) {
        lock.withLock { current = current.addingTimeInterval(interval) }
    }

    /// Sets the clock.
    public func set(_ date: Date) {
        lock.withLock { current = date }
    }
}
