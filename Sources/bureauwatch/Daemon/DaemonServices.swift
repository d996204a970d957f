import Foundation
import Logging
import ServiceLifecycle
import UnixSignals
import WatchConfig
import WatchDaemon
import WatchDeliver
import WatchPipeline

/// Starts the webhook lanes that are due every few seconds until graceful shutdown, counting what they send.
struct DeliveryService: Service {
    let runtime: Runtime
    let box: ConfigBox
    let observations: DaemonObservations
    let logger: Logger

    /// How often the outbox is looked at: a new article's webhook leaves within this.
    static let pollInterval: Duration = .seconds(5)

    func run() async throws {
        // Each webhook drains in its own lane; the loop only starts lanes that are due.
        await cancelWhenGracefulShutdown {
            await withTaskGroup(of: Void.self) { lanes in
                lanes.addTask { await runtime.worker.run(every: Self.pollInterval) { report in await record(report) } }
                // Also how often /healthz sees a stuck delivery or a folder gone read-only.
                lanes.addTask {
                    while !Task.isCancelled {
                        await observations.refreshHealth(runtime: runtime, config: await box.config)
                        try? await Task.sleep(for: Self.pollInterval)
                    }
                }
            }
        }
    }

    private func record(_ report: DeliveryReport) async {
        let metrics = observations.metrics
        for _ in 0..<report.delivered { metrics.recordDelivery(result: .sent) }
        for _ in 0..<report.retried { metrics.recordDelivery(result: .failed) }
        for _ in 0..<report.abandoned { metrics.recordDelivery(result: .abandoned) }
        do {
            metrics.setPending(try await runtime.store.pendingCount())
        } catch {
            logger.error("outbox unreadable", metadata: ["error": "\(error)"])
        }
    }
}

/// SIGHUP: reads the config again; a bad file is refused and the running config kept.
struct ReloadService: Service {
    let path: String
    let runtime: Runtime
    let box: ConfigBox
    let notifier: SystemdNotifier
    let logger: Logger

    func run() async throws {
        for await _ in await UnixSignalsSequence(trapping: .sighup).cancelOnGracefulShutdown() {
            notifier.notify("RELOADING=1")
            await reload()
            notifier.notify("READY=1")
        }
    }

    private func reload() async {
        let old = await box.config
        do {
            let new = try ConfigLoader.compilingSelectors().load(path: path)
            if new.stateDir != old.stateDir || new.watchDir != old.watchDir {
                logger.warning("state_dir and watch_dir changes take effect at the next start")
            }
            await box.replace(with: new)
            await runtime.ingest.update(webhooks: new.notify, sources: new.sources)
            await runtime.worker.update(webhooks: new.notify)
            do {
                try await ReloadSchedule.apply(old: old, new: new, store: runtime.store, now: Date(), logger: logger)
            } catch {
                logger.error("cannot re-plan the changed intervals", metadata: ["error": "\(error)"])
            }
            await runtime.cycle.update(sources: new.sources, feed: new.feed)
            logger.info(
                "config reloaded", metadata: ["sources": "\(new.sources.count)", "webhooks": "\(new.notify.count)"])
        } catch {
            logger.error("config refused; the running config stays", metadata: ["error": "\(error)"])
        }
    }
}

/// Tells systemd's watchdog the daemon is alive, at half of `WatchdogSec`.
struct WatchdogService: Service {
    let interval: Duration
    let notifier: SystemdNotifier

    func run() async throws {
        try await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                notifier.notify("WATCHDOG=1")
                try await Task.sleep(for: interval)
            }
        }
    }
}
