import Foundation
import Logging
import WatchCore
import WatchDeliver

extension SourcePoller {
    /// Keeps the poll's result on the source: the next due time, or the failure and its backoff
    /// (capped by `max_backoff`). The `failing_after`-th failure in a row queues
    /// `source.failing`; the first success after that queues `source.recovered`. Sets the
    /// report's `nextPollIn`. `defersSuccess` leaves a plain success (one that announces nothing)
    /// in the report's `unrecordedSuccess`, for its caller to record.
    func recordHealth(
        of source: SourceConfig, report: inout PollReport, previous: SourceStatus?, defersSuccess: Bool = false
    ) async {
        let now = clock.now
        let schedule = PollSchedule()
        report.failuresBefore = previous?.consecutiveFailures ?? 0
        do {
            if let failure = report.failure {
                let failures = (previous?.consecutiveFailures ?? 0) + 1
                let delay = max(
                    schedule.failureDelay(
                        consecutiveFailures: failures, interval: source.interval,
                        cap: source.maxBackoff),
                    report.retryAfter ?? .zero)
                let counted = try await store.recordPollFailure(
                    sourceID: source.id, kind: source.kind, error: failure,
                    at: now, nextDue: now.addingTimeInterval(delay.seconds))
                report.nextPollIn = delay
                report.failuresAfter = counted
                logger.warning(
                    "poll failed",
                    metadata: [
                        "source": "\(source.id)", "failures": "\(counted)", "error": "\(failure)",
                        "retry_in": "\(Int(delay.seconds))s",
                    ])
                if counted == failingAfter {
                    try await announceFailing(source, failure: failure, previous: previous, at: now)
                }
            } else {
                let next = schedule.nextDue(
                    after: now, interval: source.interval, jitter: source.jitter,
                    unit: Double.random(in: 0..<1))
                let success = PollSuccessRecord(sourceID: source.id, kind: source.kind, at: now, nextDue: next)
                report.nextPollIn = .milliseconds(Int64(next.timeIntervalSince(now) * 1000))
                let recovered = previous.map { $0.consecutiveFailures >= failingAfter } ?? false
                if defersSuccess && !recovered {
                    report.unrecordedSuccess = success
                } else {
                    try await store.recordPollSuccess(success)
                }
                report.failuresAfter = 0
                if let previous, recovered {
                    try await announceRecovered(source, previous: previous, at: now)
                }
            }
        } catch {
            // The poll's outcome cannot be kept: try again after one interval, and say so loudly.
            report.nextPollIn = source.interval
            logger.error(
                "cannot record the poll on the source", metadata: ["source": "\(source.id)", "error": "\(error)"])
        }
    }

    /// When the failing spell began, as far as the store knows: the last success before it (or
    /// now, for a source that never worked). Names the spell in both events' delivery ids.
    private func spellStart(_ previous: SourceStatus?, now: Date) -> Date {
        previous?.lastSuccess ?? previous?.lastErrorAt ?? now
    }

    private func announceFailing(_ source: SourceConfig, failure: FetchError, previous: SourceStatus?, at now: Date)
        async throws
    {
        let queued = try await announce(.sourceFailing, of: source, error: failure.description, previous, at: now)
        logger.warning(
            "source failing",
            metadata: [
                "source": "\(source.id)", "failures": "\(failingAfter)", "error": "\(failure)", "webhooks": "\(queued)",
            ])
    }

    private func announceRecovered(_ source: SourceConfig, previous: SourceStatus, at now: Date) async throws {
        let lastError = previous.lastErrorMessage ?? ""
        let queued = try await announce(.sourceRecovered, of: source, error: lastError, previous, at: now)
        logger.notice(
            "source recovered",
            metadata: [
                "source": "\(source.id)", "after_failures": "\(previous.consecutiveFailures)", "webhooks": "\(queued)",
            ])
    }

    /// Queues `event` about `source` for every webhook that wants it; returns how many.
    private func announce(
        _ event: EventKind, of source: SourceConfig, error: String, _ previous: SourceStatus?, at now: Date
    ) async throws -> Int {
        let entries = OutboxPlanner.entries(
            for: event, source: source, error: error, since: spellStart(previous, now: now),
            webhooks: await ingest.webhooks, now: now)
        try await store.enqueue(entries)
        return entries.count
    }
}
