import Foundation
import Synchronization
import WatchDaemon
import WatchPipeline

/// What the daemon tells `/metrics` and `/healthz` about its polls and deliveries.
final class DaemonObservations: Sendable {
    let metrics: DaemonMetrics
    private let health: Mutex<HealthReport>

    init(metrics: DaemonMetrics, sources: Int) {
        self.metrics = metrics
        health = Mutex(HealthReport(healthy: true, sources: sources, failing: 0))
    }

    /// `/healthz`: the store is open (or the daemon would not run); failing sources are counted.
    var healthReport: HealthReport { health.withLock { $0 } }

    func record(_ reports: [PollReport], sources: Int, failing: Int) {
        let now = Date()
        for report in reports {
            metrics.recordPoll(source: report.sourceID)
            if let failure = report.failure {
                metrics.recordFetchError(source: report.sourceID, kind: failure.kind)
            } else {
                metrics.setLastSuccess(source: report.sourceID, at: now)
            }
            report.fetchSeconds.forEach(metrics.observeFetchDuration(seconds:))
            repeatRecord(report.newArticles) { metrics.recordArticle(event: .new) }
            repeatRecord(report.updatedArticles) { metrics.recordArticle(event: .updated) }
            repeatRecord(report.removedArticles) { metrics.recordArticle(event: .removed) }
        }
        health.withLock { $0 = HealthReport(healthy: true, sources: sources, failing: failing) }
    }

    private func repeatRecord(_ count: Int, _ record: () -> Void) {
        for _ in 0..<count { record() }
    }
}
