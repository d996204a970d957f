import Foundation

/// The seam for "now": the daemon uses `SystemClock`; tests use a manual one.
public protocol WallClock: Sendable {
    var now: Date { get }
}

/// The real time.
public struct SystemClock: WallClock {
    public init() {}
    public var now: Date { Date() }
}
