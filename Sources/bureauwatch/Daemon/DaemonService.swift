import ArgumentParser
import Foundation
import Logging
import ServiceLifecycle
import WatchConfig
import WatchDaemon
import WatchPostgres

/// The daemon proper, as one service of `run`'s group: opens the state (through the group's
/// PostgreSQL client, when the store is one), then runs polling, delivery, reload, the web page
/// and the watchdog as a group of their own. The outer group shuts this down first and the
/// PostgreSQL client after it, so no poll or delivery is left without its store.
struct DaemonService: Service {
    let config: Config
    let configPath: String
    let daemonID: String
    /// The store whose client the outer group runs; nil on SQLite.
    let postgres: PostgresStore?
    let logger: Logger

    func run() async throws {
        let runtime = try await Runtime.openOrExit(config, daemonID: daemonID, postgres: postgres, logger: logger)
        let notifier = SystemdNotifier()
        let box = ConfigBox(config)
        let metrics = DaemonMetrics()
        metrics.register(sources: config.sources.map(\.id))
        metrics.setDaemon(daemonID)
        let observations = DaemonObservations(metrics: metrics, sources: config.sources.count)
        await observations.refreshHealth(runtime: runtime, config: config) // /healthz is right from its first answer
        let services = try services(runtime: runtime, box: box, notifier: notifier, observations: observations)
        logger.info(
            "bureauwatch started",
            metadata: ["sources": "\(config.sources.count)", "state": "\(config.stateDir)", "daemon": "\(daemonID)"])
        // No signals of its own: the outer group's graceful shutdown reaches it.
        try await ServiceGroup(configuration: .init(services: services, logger: logger)).run()
    }

    private func services(
        runtime: Runtime, box: ConfigBox, notifier: SystemdNotifier, observations: DaemonObservations
    ) throws -> [ServiceGroupConfiguration.ServiceConfiguration] {
        var services: [ServiceGroupConfiguration.ServiceConfiguration] = [
            .init(
                service: SchedulerService(
                    runtime: runtime, box: box, notifier: notifier, observations: observations, logger: logger),
                serviceName: "scheduler"),
            .init(
                service: DeliveryService(runtime: runtime, box: box, observations: observations, logger: logger),
                serviceName: "delivery"),
            .init(
                service: ReloadService(
                    path: configPath, runtime: runtime, box: box, notifier: notifier, logger: logger),
                serviceName: "reload"),
        ]
        if let sqlite = runtime.sqliteStore {
            services.append(
                .init(service: StoreGuardService(store: sqlite, logger: logger), serviceName: "store-guard"))
        }
        if config.metrics.enabled {
            services.append(
                try RunCommand.webService(
                    config, runtime: runtime, box: box, observations: observations, logger: logger))
        }
        if let interval = SystemdNotifier.watchdogInterval() {
            services.append(
                .init(service: WatchdogService(interval: interval, notifier: notifier), serviceName: "watchdog"))
        }
        return services
    }
}
