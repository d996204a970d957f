import Foundation
import WatchCore

extension SourcePoller {
    /// How many request timeouts one whole poll may take at most: a list page, a few article
    /// pages and rechecks at the worst. 15 × the default 20 s is 5 minutes.
    public static let budgetTimeouts = 15

    /// The time budget of one whole poll, derived from the source's timeout: one interval, but
    /// never under two timeouts (the list page must be able to answer slowly) nor over
    /// `budgetTimeouts` timeouts (three hanging article pages must not take a poll for minutes
    /// past that).
    public static func budget(for source: SourceConfig) -> Duration {
        min(max(source.timeout * 2, source.interval), source.timeout * budgetTimeouts)
    }

    private enum Finish: Sendable {
        case report(PollReport)
        case overran
        case cancelled
    }

    /// Polls `source` within its budget on `clock`. A poll that overruns is cut short (what it
    /// stored stays stored) and counts as a failed poll of kind `budget`; a poll cut short by
    /// shutdown records nothing.
    public func poll<C: Clock>(_ source: SourceConfig, clock: C) async -> PollReport where C.Duration == Duration {
        let budget = Self.budget(for: source)
        let (first, report) = await withTaskGroup(of: Finish.self) { race -> (Finish?, PollReport) in
            race.addTask { .report(await poll(source)) }
            race.addTask {
                do {
                    try await clock.sleep(for: budget)
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
        overrun.note(FetchError(kind: .budget, url: source.url,
                                message: "the poll took longer than its budget of \(Int(budget.seconds)) s and was cut short"),
                     failsPoll: true)
        let previous = try? await store.sourceHealth().first { $0.sourceID == source.id }
        await recordHealth(of: source, report: &overrun, previous: previous)
        return overrun
    }
}
