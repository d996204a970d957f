/// Politeness: at most `PerHostPolicy.concurrency` requests at once to one host, starts to one
/// host at least `delay` apart (and `delay` after the previous request there ended), and at most
/// `globalLimit` requests at once overall. Waiters sleep on the clock or until a slot frees;
/// a cancelled waiter leaves at once.
public actor HostGate {
    private struct HostState {
        var active = 0
        /// The earliest moment the next request to the host may start.
        var notBefore: ContinuousClock.Instant?
        var delay: Duration = .zero
    }

    private let globalLimit: Int
    private var globalActive = 0
    private var hosts: [String: HostState] = [:]
    private var waiters: [Int: CheckedContinuation<Void, Never>] = [:]
    private var nextWaiterID = 0

    public init(globalLimit: Int = 8) {
        self.globalLimit = max(1, globalLimit)
    }

    /// Waits for a slot to `host`; throws `CancellationError` if the task is cancelled first.
    /// `delay` is the gap this request keeps from its neighbours (the larger of the configured
    /// delay and robots.txt's Crawl-delay). Pair every successful call with `release(host:)`.
    public func acquire(host: String, concurrency: Int, delay: Duration) async throws {
        while true {
            try Task.checkCancellation()
            var state = hosts[host, default: HostState()]
            guard state.active < max(1, concurrency), globalActive < globalLimit else {
                await waitForRelease()
                continue
            }
            let now = ContinuousClock.now
            if let notBefore = state.notBefore, notBefore > now {
                try await Task.sleep(until: notBefore, clock: .continuous)
                continue // others may have moved in while this task slept
            }
            state.active += 1
            state.delay = delay
            state.notBefore = now + delay
            hosts[host] = state
            globalActive += 1
            return
        }
    }

    /// Frees the slot taken by `acquire`; the host's next request waits `delay` from now.
    public func release(host: String) {
        if var state = hosts[host] {
            state.active -= 1
            let rested = ContinuousClock.now + state.delay
            state.notBefore = max(state.notBefore ?? rested, rested)
            hosts[host] = state
        }
        globalActive -= 1
        let woken = waiters
        waiters.removeAll()
        for waiter in woken.values { waiter.resume() }
    }

    /// Suspends until the next `release` (or until the task is cancelled).
    private func waitForRelease() async {
        let id = nextWaiterID
        nextWaiterID += 1
        await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                if Task.isCancelled {
                    continuation.resume()
                } else {
                    waiters[id] = continuation
                }
            }
        } onCancel: {
            Task { await self.wake(id) }
        }
    }

    private func wake(_ id: Int) {
        waiters.removeValue(forKey: id)?.resume()
    }
}
