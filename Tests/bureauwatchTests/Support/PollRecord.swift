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

    /// Polls that came within `window` of the source's previous poll while the daemon that made
    /// that one was not killed in between: a source polled by two daemons at once, or twice by one.
    /// A kill excuses a repeat: the killed poll may never have been recorded.
    func doublePolls(within window: Duration, kills: [String: [ContinuousClock.Instant]]) -> [(source: Int, Poll)] {
        polls.sorted { $0.key < $1.key }.flatMap { source, list in
            zip(list, list.dropFirst()).compactMap { previous, poll -> (source: Int, Poll)? in
                guard poll.at - previous.at < window else { return nil }
                let killed = (kills[previous.agent] ?? []).contains { $0 >= previous.at && $0 <= poll.at }
                return killed ? nil : (source, poll)
            }
        }
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
