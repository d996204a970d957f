import Foundation
import WatchCore

extension SourcePoller {
    /// How many request timeouts one whole poll may take: 15 × the default 20 s is 5 minutes,
    /// room for a first poll of a full list page at a polite pace, while three hanging article
    /// pages (each retried) cannot hold the source for much longer than that.
    public static let budgetTimeouts = 15

    /// The time budget of one whole poll, derived from the source's timeout (not its interval:
    /// in its own lane a long poll delays no other source, and cutting a big first poll short
    /// would only make the source look failing).
    public static func budget(for source: SourceConfig) -> Duration {
        source.timeout * budgetTimeouts
    }

    /// The budget is slept in steps this long (`Clock.sleep(for:inStepsOf:)`): a poll that ends
    /// early leaves its cancelled timer behind for at most this long, at one wake a second for
    /// each poll in flight.
    static let budgetTimerStep: Duration = .seconds(1)

    private enum Finish: Sendable {
        case report(PollReport)
        case overran
        case cancelled
    }

    /// Polls `source` within its budget on `clock`. A poll that overruns is cut short (what it
    /// stored stays stored) and counts as a failed poll of kind `budget`; a poll cut short by
    /// shutdown records nothing.
    /// `start` is what the claim read for the poll (`SourceLeaseStore.claimPolls`); without
    /// one the poll reads it. `defersSuccess` as in `poll(_:from:defersSuccess:)`.
    public func poll<C: Clock>(
        _ source: SourceConfig, from start: PollStart? = nil, defersSuccess: Bool = false, clock: C
    ) async -> PollReport
    where C.Duration == Duration {
        let budget = Self.budget(for: source)
        let (first, report) = await withTaskGroup(of: Finish.self) { race -> (Finish?, PollReport) in
            race.addTask { .report(await poll(source, from: start, defersSuccess: defersSuccess)) }
            race.addTask {
                do {
                    try await clock.sleep(for: budget, inStepsOf: Self.budgetTimerStep)
                    return .overran
                } catch {
                    return .cancelled
                }
            }
            let first = await race.next()
            race.cancelAll()
            var report = PollReport(sourceID: source.id)
            if case .report(let finished) = first { report = finished }
            while let next = await race.next() {
                if case .report(let finished) = next { report = finished }
            }
            return (first, report)
        }
        // A poll that ended just as the budget ran out has recorded itself (`nextPollIn` is set).
        guard case .overran? = first, report.nextPollIn == nil, !Task.isCancelled else { return report }
        var overrun = report
        let error = FetchError(
            kind: .budget, url: source.url,
            message: "the poll took longer than its budget of \(Int(budget.seconds)) s and was cut short")
        overrun.errors.append(error.description)
        overrun.failure = error // the reason, rather than the cancellation it caused
        overrun.retryAfter = nil
        let previous = try? await store.sourceStatus(source.id)
        await recordHealth(of: source, report: &overrun, previous: previous)
        return overrun
    }
}
