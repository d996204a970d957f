import Foundation
import Synchronization
import WatchConfig
import WatchDaemon
import WatchPipeline

/// What the daemon tells `/metrics` and `/healthz` about its polls and deliveries.
final class DaemonObservations: Sendable {
    let metrics: DaemonMetrics
    private let health: Mutex<HealthReport>
    private let polls = Mutex((done: 0, new: 0))

    init(metrics: DaemonMetrics, sources: Int) {
        self.metrics = metrics
        health = Mutex(HealthReport(sources: sources, failing: 0, reasons: []))
    }

    /// `/healthz`, as last computed (`refreshHealth`): the endpoint answers without touching
    /// the store or the disk.
    var healthReport: HealthReport { health.withLock { $0 } }

    /// Looks again at the sources, the outbox and the folders (after each poll and each drain).
    func refreshHealth(runtime: Runtime, config: Config) async {
        let (failing, reasons) = await runtime.health.check(sources: config.sources, failingAfter: config.failingAfter)
        let report = HealthReport(sources: config.sources.count, failing: failing, reasons: reasons)
        health.withLock { $0 = report }
    }

    /// One poll's report into the counters.
    func record(_ report: PollReport) {
        metrics.recordPoll(source: report.sourceID)
        if let failure = report.failure {
            metrics.recordFetchError(source: report.sourceID, kind: failure.kind)
        } else {
            metrics.setLastSuccess(source: report.sourceID, at: Date())
        }
        report.fetchSeconds.forEach(metrics.observeFetchDuration(seconds:))
        repeatRecord(report.newArticles) { metrics.recordArticle(event: .new) }
        repeatRecord(report.updatedArticles) { metrics.recordArticle(event: .updated) }
        repeatRecord(report.removedArticles) { metrics.recordArticle(event: .removed) }
        polls.withLock { $0 = (done: $0.done + 1, new: $0.new + report.newArticles) }
    }

    /// systemd's STATUS line.
    func statusLine() -> String {
        let (done, new) = polls.withLock { $0 }
        let report = healthReport
        return "\(done) polls, \(new) new, \(report.failing) of \(report.sources) sources failing"
    }

    private func repeatRecord(_ count: Int, _ record: () -> Void) {
        for _ in 0..<count { record() }
    }
}
