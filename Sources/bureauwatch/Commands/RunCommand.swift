import ArgumentParser
import Foundation
import Logging
import ServiceLifecycle
import WatchConfig
import WatchCore
import WatchDaemon
import WatchWeb

struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the daemon: poll every source on its schedule, deliver, serve /metrics and the web page.")
    @OptionGroup var options: ConfigOption
    @OptionGroup var logging: LoggingOption

    func run() async throws {
        let logger = try logging.makeLogger()
        let config = try options.loadConfig()
        let daemonID = DaemonIdentity.current()
        let runtime = try await Runtime.openOrExit(config, daemonID: daemonID, logger: logger)
        let notifier = SystemdNotifier()
        let box = ConfigBox(config)
        let metrics = DaemonMetrics()
        metrics.register(sources: config.sources.map(\.id))
        metrics.setDaemon(daemonID)
        let observations = DaemonObservations(metrics: metrics, sources: config.sources.count)
        await observations.refreshHealth(runtime: runtime, config: config) // /healthz is right from its first answer
        var services: [ServiceGroupConfiguration.ServiceConfiguration] = [
            .init(
                service: SchedulerService(
                    runtime: runtime, box: box, notifier: notifier, observations: observations,
                    logger: logger)),
            .init(service: DeliveryService(runtime: runtime, box: box, observations: observations, logger: logger)),
            .init(
                service: ReloadService(
                    path: ConfigLoader.path(option: options.config), runtime: runtime, box: box,
                    notifier: notifier, logger: logger)),
        ]
        if let sqlite = runtime.sqliteStore {
            services.append(.init(service: StoreGuardService(store: sqlite, logger: logger)))
        }
        if config.metrics.enabled {
            services.append(
                try Self.webService(
                    config, runtime: runtime, box: box, observations: observations,
                    logger: logger))
        }
        if let interval = SystemdNotifier.watchdogInterval() {
            services.append(.init(service: WatchdogService(interval: interval, notifier: notifier)))
        }
        logger.info(
            "bureauwatch started",
            metadata: ["sources": "\(config.sources.count)", "state": "\(config.stateDir)", "daemon": "\(daemonID)"])
        let group = ServiceGroup(
            configuration: .init(
                services: services, gracefulShutdownSignals: [.sigterm, .sigint],
                logger: logger))
        do {
            try await group.run()
        } catch let refused as WebService.ListenError {
            FileHandle.standardError.write(Data("error: \(refused)\n".utf8))
            throw ExitCode(2)
        }
        logger.info("bureauwatch stopped")
    }
}
