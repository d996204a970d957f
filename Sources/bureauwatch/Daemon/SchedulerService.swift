import Foundation
import Logging
import ServiceLifecycle
import WatchConfig
import WatchCore
import WatchDaemon
import WatchPipeline

/// Polls each source when it is due, each in its own lane (`SourceScheduler`, on the monotonic
/// clock), until graceful shutdown. Due times are also kept in the store, so a restart does not
/// poll everything at once.
struct SchedulerService: Service {
    let runtime: Runtime
    let box: ConfigBox
    let notifier: SystemdNotifier
    let observations: DaemonObservations
    let logger: Logger

    func run() async throws {
        await withGracefulShutdownHandler {
            await cancelWhenGracefulShutdown { await schedule() }
        } onGracefulShutdown: {
            notifier.notify("STOPPING=1")
        }
    }

    private func schedule() async {
        // On a shared store each daemon begins its passes at a place of its own in the config:
        // daemons started together then claim different sources instead of the same ones.
        let scheduler = SourceScheduler(
            cycle: runtime.cycle, clock: ContinuousClock(), requestSlots: runtime.config.concurrency,
            startingAt: runtime.sqliteStore == nil ? Double.random(in: 0..<1) : 0, logger: logger)
        await observations.refreshHealth(runtime: runtime, config: await box.config)
        notifier.notify("READY=1")
        let box = self.box
        let runtime = self.runtime
        let observations = self.observations
        let notifier = self.notifier
        await scheduler.run(
            sources: { await box.config.sources },
            observe: { report in
                observations.record(report)
                if let failures = report.failuresAfter {
                    observations.metrics.setConsecutiveFailures(source: report.sourceID, count: failures)
                } else if let status = try? await runtime.store.sourceStatus(report.sourceID) {
                    observations.metrics.update(source: status.sourceID, status: status)
                }
                // Only a failed poll or a source's recovery changes which sources are failing; the
                // rest of /healthz is looked at every few seconds (DeliveryService).
                if report.failuresBefore > 0 || report.failuresAfter != 0 {
                    await observations.refreshHealth(runtime: runtime, config: await box.config)
                }
                notifier.notify("STATUS=" + observations.statusLine())
            })
    }
}
