import WatchTesting

/// The list polls a `PublishingSources` site saw, per source: when, and which daemon (by its
/// User-Agent). What the multi-daemon crash test checks the schedule against.
struct PollRecord {
    struct Poll {
        let at: ContinuousClock.Instant
        let agent: String
    }

    /// Each source's list requests, in arrival order.
    let polls: [Int: [Poll]]

    init(requests: [RecordedRequest]) {
        var polls: [Int: [Poll]] = [:]
        for request in requests {
            guard let source = PublishingSources.source(ofList: request.path) else { continue }
            polls[source, default: []].append(Poll(at: request.receivedAt, agent: request.header("User-Agent") ?? ""))
        }
        self.polls = polls
    }

    /// Each of `sources`' longest time unpolled between `start` and `end`, in seconds.
    func longestGaps(sources: Range<Int>, from start: ContinuousClock.Instant, to end: ContinuousClock.Instant)
        -> [Int: Double]
    {
        Dictionary(
            uniqueKeysWithValues: sources.map { source in
                let times = [start] + (polls[source] ?? []).map(\.at).filter { $0 > start && $0 < end } + [end]
                let longest = zip(times, times.dropFirst()).map { Self.seconds($1 - $0) }.max() ?? 0
                return (source, longest)
            })
    }

    /// A poll that came too soon after the source's previous one (`doublePolls`).
    struct Repeat {
        let source: Int
        let previous: Poll
        let poll: Poll

        /// The source, the daemons, the gap, and where the previous poll's process stood.
        func described(lives: [String: [DaemonLife]]) -> String {
            let gap = PollRecord.seconds(poll.at - previous.at)
            let own = lives[previous.agent] ?? []
            let maker = DaemonLife.index(at: previous.at, in: own)
            let fate = maker.map { index in
                let killed = own[index].killed.map { "killed \(PollRecord.seconds($0 - previous.at)) s after it" }
                return "process \(index + 1) of \(own.count), \(killed ?? "never killed")"
            }
            return "s\(source) by \(poll.agent) \(gap) s after \(previous.agent)'s (\(fate ?? "no process"))"
        }
    }

    /// Polls that came within `window` of the source's previous poll while the process that made
    /// that one was not killed before it: a source polled by two daemons at once, or twice by
    /// one. A kill excuses a repeat: the killed poll may never have been recorded, and a daemon
    /// started again under the same id takes its own leases back at once.
    func doublePolls(within window: Duration, lives: [String: [DaemonLife]]) -> [Repeat] {
        polls.sorted { $0.key < $1.key }.flatMap { source, list in
            zip(list, list.dropFirst()).compactMap { previous, poll -> Repeat? in
                guard poll.at - previous.at < window else { return nil }
                let own = lives[previous.agent] ?? []
                let killed =
                    DaemonLife.index(at: previous.at, in: own).flatMap { own[$0].killed }.map { $0 <= poll.at }
                    ?? false
                return killed ? nil : Repeat(source: source, previous: previous, poll: poll)
            }
        }
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
