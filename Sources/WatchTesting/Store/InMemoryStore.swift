import Foundation
import WatchCore

/// The in-memory twin of `SQLiteStore`: same rules (`StoreRules`), same conformance suites
/// (WatchStoreTests run each against both), for tests that need a store but not SQLite's. Each write replaces the whole state at once, so a
/// failing write changes nothing.
public actor InMemoryStore: Store {
    var state = InMemoryStoreState()
    let clock: any WallClock

    public init(clock: any WallClock = SystemClock()) {
        self.clock = clock
    }

    /// Applies `change` to a copy of the state and keeps it only if it succeeds.
    func write<T>(_ change: (inout InMemoryStoreState) throws -> T) rethrows -> T {
        var copy = state
        let result = try change(&copy)
        state = copy
        return result
    }

    public func record(_ observation: PageObservation) throws -> RecordOutcome {
        try write { try $0.record(observation) }
    }

    public func recordGone(
        url: String, status: Int, at: Date,
        announce: @escaping @Sendable (RemovedArticle) throws -> [OutboxEntry]
    ) throws -> RemovalOutcome {
        guard StoreRules.isGone(status: status) else {
            recordAlive(url: url, status: status, at: at)
            return RemovalOutcome(consecutiveGone: 0)
        }
        return try write { try $0.recordGone(url: url, status: status, at: at, announce: announce) }
    }

    public func recordAlive(url: String, status: Int, at: Date) {
        write { state in
            var seen = state.seenURLs[url] ?? .init(firstSeen: at)
            seen.lastStatus = status
            seen.goneCount = 0
            state.seenURLs[url] = seen
        }
    }

    public func recordPollSuccess(sourceID: String, kind: SourceRole, at: Date, nextDue: Date) {
        write { state in
            state.ensureSource(sourceID, kind: kind)
            state.sources[sourceID]?.consecutiveFailures = 0
            state.sources[sourceID]?.lastSuccess = at
            state.sources[sourceID]?.nextDue = nextDue
            state.sources[sourceID]?.lastErrorKind = nil
            state.sources[sourceID]?.lastErrorMessage = nil
            state.sources[sourceID]?.lastErrorAt = nil
        }
    }

    public func reschedule(sourceID: String, nextDue: Date) {
        write { state in
            guard state.sources[sourceID]?.nextDue != nil else { return }
            state.sources[sourceID]?.nextDue = nextDue
        }
    }

    @discardableResult
    public func recordPollFailure(
        sourceID: String, kind: SourceRole, error: FetchError, at: Date,
        nextDue: Date
    ) -> Int {
        write { state in
            state.ensureSource(sourceID, kind: kind)
            guard var source = state.sources[sourceID] else { return 0 }
            source.consecutiveFailures += 1
            source.lastErrorKind = error.kind
            source.lastErrorMessage = error.message
            source.lastErrorAt = at
            source.nextDue = nextDue
            state.sources[sourceID] = source
            return source.consecutiveFailures
        }
    }

    public func recordRobotsSkipped(sourceID: String, kind: SourceRole, count: Int) {
        write { state in
            state.ensureSource(sourceID, kind: kind)
            state.sources[sourceID]?.robotsSkipped = count
        }
    }

    // MARK: ValidatorStore

    public func validators(for url: String) -> Validators? {
        guard let validators = state.seenURLs[url]?.validators, !validators.isEmpty else { return nil }
        return validators
    }

    public func saveValidators(_ validators: Validators, for url: String) {
        let now = clock.now
        write { state in
            var seen = state.seenURLs[url] ?? .init(firstSeen: now)
            seen.validators = validators
            state.seenURLs[url] = seen
        }
    }
}
