import Foundation
import HeapModule
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
///
/// Each poll's start and end costs O(log sources): the scheduler asks the plan after every
/// poll, and a plan that sorted the whole config, or walked the due sources of a full host,
/// each time made a cycle O(sources²) (BENCHMARKS.md, "Several daemons on one PostgreSQL").
public struct DuePlan: Sendable {
    /// How long a mirror waits for the bureau polls that became due with it.
    public static let mirrorHold: Duration = .seconds(30)

    private struct Hold {
        var bureaus: Set<String>
        var until: Duration
    }

    /// The config as last taken, to see at once when it has not changed.
    private var config: [SourceConfig] = []
    /// Each source's place in `config`: the plan keeps no copies of the sources, which are
    /// large values (a copy of 10 000 was 8 MB of a daemon's peak).
    private var indices: [String: Int] = [:]
    /// Where this plan's passes begin in `config`.
    private var offset = 0
    private var hosts: [String: String] = [:]
    private var due: [String: Duration] = [:]
    /// Polls in flight: the source's host, and how many polls each host has in flight.
    private var running: [String: String] = [:]
    private var runningOnHost: [String: Int] = [:]
    private var holds: [String: Hold] = [:]
    /// Due times not reached yet (and some reached since the last `start`).
    private var upcoming = Heap<DueEntry.ByTime>()
    /// Due sources not started yet, per host, in start order.
    private var waitingOnHost: [String: Heap<DueEntry.ByStartOrder>] = [:]
    /// The hosts with room for a poll and a due source, by that source (some entries stale).
    private var turns = Heap<DueEntry.HostTurn>()
    /// Due mirrors waiting for bureau polls (`mirrorHold`).
    private var heldMirrors: [DueEntry] = []
    /// Sources left to another daemon (`leave`) and not due in any other way since.
    private var left: Set<String> = []

    /// Where in the config a pass begins, as a fraction of it (`init(startingAt:)`).
    private let start: Double

    /// A plan whose sources due at once start in config order from `fraction` of the way in,
    /// wrapping around. Daemons that share a store and start together each begin at a different
    /// place, so their first claims do not all reach for the same sources.
    public init(startingAt fraction: Double = 0) {
        start = min(max(fraction, 0), 1)
    }

    /// Takes the config's sources; returns those the plan has no due time for yet (to `admit`).
    /// Sources gone from the config are forgotten (a running poll of one still ends normally).
    public mutating func update(sources current: [SourceConfig]) -> [SourceConfig] {
        guard current != config else { return [] } // the same array: no walk over it
        config = current
        indices = Dictionary(current.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        offset = Int(Double(current.count) * start)
        hosts = Dictionary(current.map { ($0.id, HostLanes.hostKey($0.url)) }, uniquingKeysWith: { first, _ in first })
        due = due.filter { indices[$0.key] != nil }
        holds = holds.filter { indices[$0.key] != nil }
        left = left.filter { indices[$0] != nil }
        upcoming = Heap(due.compactMap { id, when in entry(id, when).map(DueEntry.ByTime.init) })
        (waitingOnHost, turns, heldMirrors) = ([:], Heap(), [])
        // At start every source is new: the config itself, not a copy of it.
        guard !due.isEmpty || !running.isEmpty else { return current }
        return current.filter { due[$0.id] == nil && running[$0.id] == nil }
    }

    /// The configured source `id`.
    func source(_ id: String) -> SourceConfig? {
        indices[id].map { config[$0] }
    }

    /// Gives a source its first due time, `wait` after `elapsed`.
    public mutating func admit(_ id: String, wait: Duration, at elapsed: Duration) {
        setDue(id, elapsed + wait)
    }

    /// The polls to start at `elapsed`: due sources, bureaus first, within `maxInFlight` polls
    /// and each host's lane width (`HostLanes`).
    public mutating func start(at elapsed: Duration, maxInFlight: Int) -> [SourceConfig] {
        promote(upTo: elapsed)
        releaseMirrors(at: elapsed)
        var started: [SourceConfig] = []
        var bureausThisPass: Set<String> = []
        while running.count < maxInFlight, let turn = turns.popMin() {
            let host = turn.host
            guard let first = firstWaiting(on: host), hasRoom(host, for: first) else { continue } // the host filled up
            guard first.entry.isSame(as: turn.first.entry) else {
                offerTurn(host) // a stale turn: the host's first source changed, and takes its own turn
                continue
            }
            _ = waitingOnHost[host]?.popMin()
            let entry = first.entry
            if entry.isMirror && isHeld(entry.id, by: bureausThisPass, at: elapsed) {
                heldMirrors.append(entry)
            } else if let source = source(entry.id) {
                if !entry.isMirror { bureausThisPass.insert(entry.id) }
                running[entry.id] = host
                runningOnHost[host, default: 0] += 1
                started.append(source)
            }
            offerTurn(host)
        }
        return started
    }

    /// A poll ended at `elapsed`; the source is due again `nextIn` later (its interval when the
    /// poll could not say, e.g. cut short).
    public mutating func finish(_ id: String, nextIn: Duration?, at elapsed: Duration) {
        endRun(id)
        guard let source = source(id) else { return }
        setDue(id, elapsed + (nextIn ?? source.interval))
    }

    /// A poll `start` handed out that will not run (another daemon holds or has just polled the
    /// source): the source is due again `wait` after `elapsed`, and frees its lane at once.
    public mutating func putBack(_ id: String, wait: Duration, at elapsed: Duration) {
        endRun(id)
        guard indices[id] != nil else { return }
        setDue(id, elapsed + wait)
    }

    /// The next moment after `elapsed` something may start: the earliest later due time of a
    /// source not in flight, or a mirror's hold running out. A source already due but held back
    /// by a limit starts when a poll ends, which wakes the scheduler anyway. `nil` when nothing
    /// is waiting.
    public mutating func nextWake(after elapsed: Duration) -> Duration? {
        promote(upTo: elapsed)
        let holdEnds = holds.values.map(\.until).filter { $0 > elapsed }
        return ([upcoming.min?.entry.when].compactMap { $0 } + holdEnds).min()
    }

    /// Up to `limit` of the due sources waiting to start, in start order: the ones this daemon
    /// would claim next. Asked each time another daemon got to a source first
    /// (`SourceScheduler.lookAhead`), hundreds of times a cycle with three daemons: the lines are
    /// merged by popping their first entries and put back as they were, O((limit + hosts) · log
    /// waiting). A walk over every waiting source was a fifth of such a daemon's CPU.
    public mutating func nextWaiting(limit: Int) -> [String] {
        guard limit > 0 else { return [] }
        var heads = Heap<DueEntry.HostTurn>()
        // A copy of the keys: iterating the dictionary's own would share its storage, and the
        // first pop would copy every line.
        for host in Array(waitingOnHost.keys) {
            if let first = popCurrent(on: host) { heads.insert(DueEntry.HostTurn(first: first, host: host)) }
        }
        var popped: [DueEntry.HostTurn] = []
        var named: [String] = []
        var seen: Set<String> = []
        while named.count < limit, let head = heads.popMin() {
            popped.append(head)
            // A source due twice at one time has two current entries: named once.
            if seen.insert(head.first.entry.id).inserted { named.append(head.first.entry.id) }
            if let next = popCurrent(on: head.host) { heads.insert(DueEntry.HostTurn(first: next, host: head.host)) }
        }
        for taken in popped + heads.unordered { waitingOnHost[taken.host, default: Heap()].insert(taken.first) }
        return named
    }

    /// Leaves `id`, due and waiting, to another daemon (`SourceScheduler.split`): it is due again
    /// `wait` after `elapsed`. False, and nothing changes, when it was already left since it last
    /// became due in some other way: a source is left at most once per time it comes due.
    public mutating func leave(_ id: String, wait: Duration, at elapsed: Duration) -> Bool {
        guard indices[id] != nil, running[id] == nil, !left.contains(id) else { return false }
        setDue(id, elapsed + wait)
        left.insert(id)
        return true
    }

    /// Takes `host`'s first current entry off its line (stale ones dropped on the way); a line
    /// with none left goes, as in `firstWaiting`.
    private mutating func popCurrent(on host: String) -> DueEntry.ByStartOrder? {
        while let first = waitingOnHost[host]?.popMin() {
            if isCurrent(first.entry) { return first }
        }
        waitingOnHost[host] = nil
        return nil
    }

    /// When `id` is next due (for tests and status).
    public func dueTime(of id: String) -> Duration? { due[id] }

    /// Polls in flight.
    public var inFlight: Int { running.count }

    private mutating func setDue(_ id: String, _ when: Duration) {
        due[id] = when
        left.remove(id)
        if let entry = entry(id, when) { upcoming.insert(DueEntry.ByTime(entry: entry)) }
    }

    private mutating func endRun(_ id: String) {
        guard let host = running.removeValue(forKey: id) else { return }
        runningOnHost[host, default: 1] -= 1
        offerTurn(host)
    }

    /// Moves the sources due by `elapsed` from `upcoming` to their host's waiting line (stale
    /// entries are dropped on the way).
    private mutating func promote(upTo elapsed: Duration) {
        while let first = upcoming.min, first.entry.when <= elapsed {
            _ = upcoming.popMin()
            if isCurrent(first.entry) { wait(first.entry) }
        }
    }

    private mutating func wait(_ entry: DueEntry) {
        guard let host = hosts[entry.id] else { return }
        waitingOnHost[host, default: Heap()].insert(DueEntry.ByStartOrder(entry: entry))
        if waitingOnHost[host]?.min?.entry.isSame(as: entry) == true { offerTurn(host) }
    }

    /// Queues a turn for `host` when it has room and a due source.
    private mutating func offerTurn(_ host: String) {
        guard let first = firstWaiting(on: host), hasRoom(host, for: first) else { return }
        turns.insert(DueEntry.HostTurn(first: first, host: host))
    }

    /// The first current entry of `host`'s waiting line (stale ones popped).
    private mutating func firstWaiting(on host: String) -> DueEntry.ByStartOrder? {
        while let first = waitingOnHost[host]?.min {
            if isCurrent(first.entry) { return first }
            _ = waitingOnHost[host]?.popMin()
        }
        waitingOnHost[host] = nil
        return nil
    }

    /// Whether `host` has a lane free for `first`, its next source (the width its policy gives).
    private func hasRoom(_ host: String, for first: DueEntry.ByStartOrder) -> Bool {
        guard let source = source(first.entry.id) else { return false }
        return runningOnHost[host, default: 0] < source.perHost.concurrency * HostLanes.pollsPerSlot
    }

    /// Mirrors whose hold is over go back to their host's line.
    private mutating func releaseMirrors(at elapsed: Duration) {
        guard !heldMirrors.isEmpty else { return }
        let held = heldMirrors
        heldMirrors = []
        for mirror in held where isCurrent(mirror) {
            if isHeld(mirror.id, by: [], at: elapsed) { heldMirrors.append(mirror) } else { wait(mirror) }
        }
    }

    /// The queue entry for `id` due at `when`; nil for a source not in the config.
    private func entry(_ id: String, _ when: Duration) -> DueEntry? {
        guard let index = indices[id] else { return nil }
        let position = (index - offset + config.count) % config.count
        return DueEntry(id: id, when: when, position: position, isMirror: config[index].kind == .mirror)
    }

    /// Whether `entry` still says when its source is due (not replaced, not running, not dropped).
    private func isCurrent(_ entry: DueEntry) -> Bool {
        due[entry.id] == entry.when && running[entry.id] == nil && indices[entry.id] != nil
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
