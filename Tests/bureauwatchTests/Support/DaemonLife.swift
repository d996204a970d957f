/// One process of a `DaemonFleet` slot: when it was launched and, if it was, when it was killed.
///
/// A request is told to the process by its launch, not by the kill: a request the process sent
/// just before its kill can be stamped by the loopback server after the kill was, when the
/// server's thread reads it late on busy cores.
struct DaemonLife {
    let launched: ContinuousClock.Instant
    var killed: ContinuousClock.Instant?

    /// The life among `lives` (in launch order) that sent a request stamped at `instant`: the last
    /// launched no later. A process cannot send before its launch, and the next one is launched
    /// only after this one was killed and reaped.
    static func life(at instant: ContinuousClock.Instant, in lives: [DaemonLife]) -> DaemonLife? {
        lives.last { $0.launched <= instant }
    }
}
