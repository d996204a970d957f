import Foundation
import WatchCore

/// The daemon's schedule on the monotonic clock: when each source is due, which polls are in
/// flight, and which are started next. Times are offsets from the scheduler's start
/// (`ContinuousClock` in the daemon), so a step of the wall clock moves no due time; the
/// wall-clock due times kept in the store are read only for sources the plan does not know yet
/// (at start, or added by a reload), and re-planned when they lie impossibly far ahead.
///
/// Order: sources start in due order, bureaus before mirrors. A mirror due in the same pass as
/// bureaus waits until those bureau polls end (at most `mirrorHold`), so an article on both is
/// recorded from the bureau's page (DESIGN.md, Deduplicator); a bureau poll that hangs holds the
/// mirror no longer than that, and holds no other bureau at all.
public struct DuePlan: Sendable {
    /// How long a mirror waits for the bureau polls that became due with it.
    public static let mirrorHold: Duration = .seconds(30)

    private struct Running {
        var host: String
    }

    private struct Hold {
        var bureaus: Set<String>
        var until: Duration
    }

    private var sources: [String: SourceConfig] = [:]
    private var order: [String] = []
    private var due: [String: Duration] = [:]
    private var running: [String: Running] = [:]
    private var holds: [String: Hold] = [:]

    public init() {}

    /// Takes the config's sources; returns those the plan has no due time for yet (to `admit`).
    /// Sources gone from the config are forgotten (a running poll of one still ends normally).
    public mutating func update(sources current: [SourceConfig]) -> [SourceConfig] {
        sources = Dictionary(current.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        order = current.map(\.id)
        due = due.filter { sources[$0.key] != nil }
        holds = holds.filter { sources[$0.key] != nil }
        return current.filter { due[$0.id] == nil && running[$0.id] == nil }
    }

    /// Gives a source its first due time, `wait` after `elapsed`.
    public mutating func admit(_ id: String, wait: Duration, at elapsed: Duration) {
        due[id] = elapsed + wait
    }

    /// The polls to start at `elapsed`: due sources, bureaus first, within `maxInFlight` polls
    /// and each host's lane width (`HostLanes`).
    public mutating func start(at elapsed: Duration, maxInFlight: Int) -> [SourceConfig] {
        // In due order, bureaus first, then in the config's order.
        let candidates = order.enumerated().compactMap { position, id -> (SourceConfig, Duration, Int)? in
            guard let source = sources[id], running[id] == nil, let when = due[id], when <= elapsed else { return nil }
            return (source, when, position)
        }.sorted { ($0.0.kind == .mirror ? 1 : 0, $0.1, $0.2) < ($1.0.kind == .mirror ? 1 : 0, $1.1, $1.2) }.map(\.0)
        var started: [SourceConfig] = []
        var bureausThisPass: Set<String> = []
        for source in candidates where running.count < maxInFlight {
            let host = HostLanes.hostKey(source.url)
            guard pollsRunning(on: host) < source.perHost.concurrency * HostLanes.pollsPerSlot else { continue }
            if source.kind == .mirror && isHeld(source.id, by: bureausThisPass, at: elapsed) { continue }
            if source.kind == .bureau { bureausThisPass.insert(source.id) }
            running[source.id] = Running(host: host)
            started.append(source)
        }
        return started
    }

    /// A poll ended at `elapsed`; the source is due again `nextIn` later (its interval when the
    /// poll could not say, e.g. cut short).
    public mutating func finish(_ id: String, nextIn: Duration?, at elapsed: Duration) {
        running[id] = nil
        guard let source = sources[id] else { return }
        due[id] = elapsed + (nextIn ?? source.interval)
    }

    /// A poll `start` handed out that will not run (another daemon holds or has just polled the
    /// source): the source is due again `wait` after `elapsed`, and frees its lane at once.
    public mutating func putBack(_ id: String, wait: Duration, at elapsed: Duration) {
        running[id] = nil
        guard sources[id] != nil else { return }
        due[id] = elapsed + wait
    }

    /// The next moment after `elapsed` something may start: the earliest later due time of a
    /// source not in flight, or a mirror's hold running out. A source already due but held back
    /// by a limit starts when a poll ends, which wakes the scheduler anyway. `nil` when nothing
    /// is waiting.
    public func nextWake(after elapsed: Duration) -> Duration? {
        let dues = due.filter { running[$0.key] == nil && $0.value > elapsed }.map(\.value)
        return (dues + holds.values.map(\.until).filter { $0 > elapsed }).min()
    }

    /// When `id` is next due (for tests and status).
    public func dueTime(of id: String) -> Duration? { due[id] }

    /// Polls in flight.
    public var inFlight: Int { running.count }

    private func pollsRunning(on host: String) -> Int {
        running.values.count { $0.host == host }
    }

    /// Whether the mirror `id` still waits for bureau polls that became due with it.
    private mutating func isHeld(_ id: String, by bureausThisPass: Set<String>, at elapsed: Duration) -> Bool {
        if holds[id] == nil && !bureausThisPass.isEmpty {
            holds[id] = Hold(bureaus: bureausThisPass, until: elapsed + Self.mirrorHold)
        }
        guard let hold = holds[id] else { return false }
        let waiting = hold.bureaus.contains { running[$0] != nil }
        if waiting && hold.until > elapsed { return true }
        holds[id] = nil
        return false
    }
}
