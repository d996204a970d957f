import Synchronization

/// How many articles each list of a publishing site has out: every request for a list first
/// publishes `step` more on it (up to `maximum`) unless publishing was stopped. The state behind
/// `PublishingSite` (one list) and `PublishingSources` (one list per source).
final class PublishedLists: Sendable {
    private struct State {
        var published: [Int]
        var frozen = false
    }

    let step: Int
    let maximum: Int
    private let state: Mutex<State>

    init(lists: Int, initial: Int, step: Int, maximum: Int) {
        (self.step, self.maximum) = (step, maximum)
        state = Mutex(State(published: Array(repeating: initial, count: lists)))
    }

    /// List `list` was requested: publishes on it, then returns how many articles it lists.
    func listRequested(_ list: Int) -> Int {
        state.withLock { state in
            if !state.frozen { state.published[list] = min(state.published[list] + step, maximum) }
            return state.published[list]
        }
    }

    /// How many articles list `list` has out.
    func published(_ list: Int) -> Int { state.withLock { $0.published[list] } }

    /// Stops publishing on list requests; returns how many articles each list has out.
    func freeze() -> [Int] {
        state.withLock { state in
            state.frozen = true
            return state.published
        }
    }

    /// Publishes `count` more on list `list` at once, whatever `maximum` says, and stops
    /// publishing on list requests (as `freeze`).
    func publish(_ count: Int, on list: Int) {
        state.withLock { state in
            state.frozen = true
            state.published[list] += count
        }
    }
}
