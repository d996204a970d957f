import ArgumentParser
import Foundation
import Logging
import ServiceLifecycle
import WatchConfig
import WatchDaemon

struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Run the daemon: poll every source on its schedule, deliver, serve /metrics.")
    @OptionGroup var options: ConfigOption
    @OptionGroup var logging: LoggingOption

    func run() async throws {
        let logger = try logging.makeLogger()
        let config = try options.loadConfig()
        let runtime = try await Runtime.openOrExit(config, logger: logger)
        let notifier = SystemdNotifier()
        let box = ConfigBox(config)
        let metrics = DaemonMetrics()
        metrics.register(sources: config.sources.map(\.id))
        let observations = DaemonObservations(metrics: metrics, sources: config.sources.count)
        await observations.refreshHealth(runtime: runtime, config: config) // /healthz is right from its first answer
        var services: [any Service] = [
            SchedulerService(runtime: runtime, box: box, notifier: notifier, observations: observations, logger: logger),
            DeliveryService(runtime: runtime, box: box, observations: observations, logger: logger),
            StoreGuardService(store: runtime.store, logger: logger),
            ReloadService(path: ConfigLoader.path(option: options.config), runtime: runtime, box: box,
                          notifier: notifier, logger: logger),
        ]
        if config.metrics.enabled {
            services.append(try Self.metricsService(config.metrics, observations: observations, logger: logger))
        }
        if let interval = SystemdNotifier.watchdogInterval() {
            services.append(WatchdogService(interval: interval, notifier: notifier))
        }
        logger.info("bureauwatch started", metadata: ["sources": "\(config.sources.count)", "state": "\(config.stateDir)"])
        let group = ServiceGroup(configuration: .init(services: services, gracefulShutdownSignals: [.sigterm, .sigint],
                                                      logger: logger))
        try await group.run()
        logger.info("bureauwatch stopped")
    }

    /// `/metrics` and `/healthz`; a port already taken is reported at start-up and exits 2.
    static func metricsService(_ endpoint: MetricsEndpoint, observations: DaemonObservations,
                               logger: Logger) throws -> MetricsService {
        let http = HTTPEndpoint(metrics: observations.metrics) { observations.healthReport }
        do {
            return try MetricsService(host: endpoint.host, port: UInt16(endpoint.port), endpoint: http, logger: logger)
        } catch {
            FileHandle.standardError.write(Data("error: cannot serve /metrics on \(endpoint.host):\(endpoint.port): \(error)\n".utf8))
            throw ExitCode(2)
        }
    }
}
