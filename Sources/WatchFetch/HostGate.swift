/// Politeness: at most `PerHostPolicy.concurrency` requests at once to one host, starts to one
/// host at least `delay` apart (and `delay` after the previous request there ended), and at most
/// `globalLimit` requests at once overall. Waiters sleep on the clock or until a slot frees;
/// a cancelled waiter leaves at once.
///
/// A freed slot wakes only the waiters that could take it, oldest first (`wakeEligible`). Waking
/// every waiter on every release made each release cost one actor hop per waiting task
/// (BENCHMARKS.md, polling).
///
/// A host whose last request timed out is *stalled*: it gets one request at a time, and all
/// stalled hosts together at most `stalledLimit` of the global slots. A host that never answers
/// holds each slot for a whole timeout and its retries; without this cap a few hanging sources
/// took every global slot and starved the answering hosts (BENCHMARKS.md, alert latency).
/// The host is no longer stalled once any request to it completes.
public actor HostGate {
    private struct HostState {
        var active = 0
        /// The earliest moment the next request to the host may start.
        var notBefore: ContinuousClock.Instant?
        var delay: Duration = .zero
        /// The host's last request timed out (see the type's doc).
        var stalled = false
    }

    private let globalLimit: Int
    /// The global slots stalled hosts may hold together: half, so answering hosts keep the rest.
    let stalledLimit: Int
    private var globalActive = 0
    /// Slots held by requests to stalled hosts.
    private var stalledActive = 0
    private var hosts: [String: HostState] = [:]
    /// A task waiting for a slot to `host`, where it may have `concurrency` requests at once.
    private struct Waiter {
        let id: Int
        let host: String
        let concurrency: Int
        let continuation: CheckedContinuation<Void, Never>
    }

    /// Oldest first.
    private var waiters: [Waiter] = []
    private var nextWaiterID = 0

    public init(globalLimit: Int = 8) {
        self.globalLimit = max(1, globalLimit)
        self.stalledLimit = max(1, self.globalLimit / 2)
    }

    /// Tasks waiting for a slot (not those sleeping out a host's delay).
    var waitingCount: Int { waiters.count }

    /// Waits for a slot to `host`; throws `CancellationError` if the task is cancelled first.
    /// `delay` is the gap this request keeps from its neighbours (the larger of the configured
    /// delay and robots.txt's Crawl-delay). Pair every successful call with `release(host:)`.
    public func acquire(host: String, concurrency: Int, delay: Duration) async throws {
        do {
            try await takeSlot(host: host, concurrency: concurrency, delay: delay)
        } catch {
            wakeEligible() // a wake this task received and cannot use goes to the next waiter
            throw error
        }
    }

    private func takeSlot(host: String, concurrency: Int, delay: Duration) async throws {
        while true {
            try Task.checkCancellation()
            var state = hosts[host, default: HostState()]
            guard state.active < width(of: state, concurrency: concurrency), globalActive < globalLimit,
                !state.stalled || stalledActive < stalledLimit
            else {
                await waitForRelease(host: host, concurrency: max(1, concurrency))
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
            if state.stalled { stalledActive += 1 }
            return
        }
    }

    /// Requests a host may have in flight at once: one while it is stalled.
    private func width(of state: HostState, concurrency: Int) -> Int {
        state.stalled ? 1 : max(1, concurrency)
    }

    /// Frees the slot taken by `acquire`; the host's next request waits `delay` from now.
    /// `timedOut` says how the request ended: a timeout stalls the host, anything else (an
    /// answer of any status, a refused connection) ends its stall.
    public func release(host: String, timedOut: Bool = false) {
        if var state = hosts[host] {
            state.active -= 1
            if state.stalled { stalledActive -= 1 }
            if state.stalled != timedOut {
                // The host's other requests in flight change sides with it.
                stalledActive += timedOut ? state.active : -state.active
                state.stalled = timedOut
            }
            let rested = ContinuousClock.now + state.delay
            state.notBefore = max(state.notBefore ?? rested, rested)
            hosts[host] = state
        }
        globalActive -= 1
        wakeEligible()
    }

    /// Whether requests to `host` are held to one at a time after a timeout.
    func isStalled(_ host: String) -> Bool {
        hosts[host]?.stalled ?? false
    }

    /// Resumes, oldest first, the waiters a free slot could serve: at most one per free global
    /// slot, and per host at most its free slots. A waiter whose host is still resting from its
    /// last request is woken too (it sleeps out the delay on its own) without using up a global
    /// slot, so a resting host does not hold back waiters for other hosts. A woken task checks
    /// again and waits anew if someone else took the slot; every release scans again.
    private func wakeEligible() {
        var free = globalLimit - globalActive
        var stalledFree = stalledLimit - stalledActive
        guard free > 0, !waiters.isEmpty else { return }
        let now = ContinuousClock.now
        var woken: [String: Int] = [:]
        var index = 0
        while index < waiters.count, free > 0 {
            let waiter = waiters[index]
            let state = hosts[waiter.host, default: HostState()]
            let taken = state.active + woken[waiter.host, default: 0]
            guard taken < width(of: state, concurrency: waiter.concurrency), !state.stalled || stalledFree > 0 else {
                index += 1
                continue
            }
            woken[waiter.host, default: 0] += 1
            if (state.notBefore ?? now) <= now {
                free -= 1
                if state.stalled { stalledFree -= 1 }
            }
            waiters.remove(at: index).continuation.resume()
        }
    }

    /// Suspends until a release wakes this task (or until the task is cancelled).
    private func waitForRelease(host: String, concurrency: Int) async {
        let id = nextWaiterID
        nextWaiterID += 1
        await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                if Task.isCancelled {
                    continuation.resume()
                } else {
                    waiters.append(Waiter(id: id, host: host, concurrency: concurrency, continuation: continuation))
                }
            }
        } onCancel: {
            Task { await self.wake(id) }
        }
    }

    private func wake(_ id: Int) {
        guard let index = waiters.firstIndex(where: { $0.id == id }) else { return }
        waiters.remove(at: index).continuation.resume()
    }
}
