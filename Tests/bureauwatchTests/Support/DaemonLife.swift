/// One process of a `DaemonFleet` slot: when it was launched, when it reported READY=1 (a
/// daemon polls only after that), and, if it was, when it was killed.
///
/// A request is told to the process by its start, not by the kill: a request the process sent
/// just before its kill can be stamped by the loopback server after the kill was (the server's
/// thread reads it late on busy cores), and even after the next process was launched.
struct DaemonLife {
    let launched: ContinuousClock.Instant
    var ready: ContinuousClock.Instant?
    var killed: ContinuousClock.Instant?

    /// When this process could have sent its first request.
    var polling: ContinuousClock.Instant { ready ?? launched }

    /// The life among `lives` (in launch order) that sent a request stamped at `instant`: the last
    /// one polling by then. A daemon sends no request before it reports READY=1, and the next one
    /// is launched only after this one was killed and reaped. A request stamped between a
    /// daemon's READY=1 and the test's seeing it is told to the process before: the test may then
    /// excuse a repeat it should not, never blame one a kill explains.
    static func index(at instant: ContinuousClock.Instant, in lives: [DaemonLife]) -> Int? {
        lives.lastIndex { $0.polling <= instant }
    }
}
